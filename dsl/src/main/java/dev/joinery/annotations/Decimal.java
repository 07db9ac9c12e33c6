package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precision and scale of a {@code BigDecimal} component, as Spark's {@code decimal(p, s)}.
 * Without it a {@code BigDecimal} is {@code decimal(38, 18)}, Spark's default for Java decimals.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Decimal {
  /** Total digits, 1 to 38. */
  int precision();

  /** Digits after the point, 0 to {@code precision}. */
  int scale();
}
