package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Sum of an input component; null values are ignored, as in SQL. Integral inputs sum to {@code long}, floating ones to {@code double}, decimals to {@code BigDecimal}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Sum {
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
