package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Row count of each group as {@code long}; with a component name, the count of its non-null
 * values.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Count {
  /**
   * The input component, or a {@code static} method of the job taking the input row and returning
   * the value to aggregate (it must be translatable to a Spark expression); empty to count rows.
   */
  String value() default "";

  /**
   * A {@code static boolean} method of the job taking the input row: only rows for which it returns
   * true are aggregated (SQL's {@code SUM(CASE WHEN ... THEN x END)}); empty for all rows.
   */
  String when() default "";
}
