package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Glue's FillMissingValues: replaces nulls in the named components with a value written here or a
 * statistic of the component's non-null values in this run's input. The field's record has the
 * input's components, by name and type; a filled component may be primitive or {@code @NotNull}
 * there, since it no longer holds nulls.
 *
 * <pre>
 * &#64;FillMissing(from = "raw.orders", values = {"quantity = 1", "country = 'unknown'", "price = median"})
 * FilledOrder filled;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface FillMissing {
  /** The input step or table. */
  String from();

  /**
   * {@code "component = value"} pairs. A value is a bare statistic, {@code mean}, {@code median},
   * {@code mode}, {@code min} or {@code max}, or a literal of the component's type: text in
   * single quotes ({@code 'unknown'}, so a string can never be taken for a statistic), numbers and
   * booleans bare ({@code 0}, {@code 2.50}, {@code false}), dates and timestamps bare or quoted
   * ({@code 2024-01-31}, {@code '2024-01-31 08:00:00'}).
   */
  String[] values();
}
