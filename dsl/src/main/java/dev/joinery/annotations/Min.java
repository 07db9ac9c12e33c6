package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Smallest non-null value of an input component; the output component has the input's type. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Min {
  /**
   * The input component, or a {@code static} method of the job taking the input row and returning
   * the value to aggregate (it must be translatable to a Spark expression).
   */
  String value();

  /**
   * A {@code static boolean} method of the job taking the input row: only rows for which it returns
   * true are aggregated (SQL's {@code SUM(CASE WHEN ... THEN x END)}); empty for all rows.
   */
  String when() default "";
}
