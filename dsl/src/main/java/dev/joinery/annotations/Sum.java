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
  /** The input component. */
  String value();
}
