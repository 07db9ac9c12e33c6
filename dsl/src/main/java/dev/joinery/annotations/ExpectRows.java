package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds on how many rows a read of the table, or a run's write of it, may hold (AWS Glue Data
 * Quality's {@code RowCount}):
 * checked once the run has counted the rows, before it commits anything. A count outside the
 * bounds is reported ({@link Expect.Action#WARN}) or fails the run ({@link Expect.Action#FAIL});
 * there is no row to set aside, so {@code QUARANTINE} does not apply. For a bookmarked source the
 * count is that of the run's new rows.
 *
 * <pre>{@code
 * @ExpectRows(min = 1, max = 5_000_000, action = Expect.Action.FAIL)
 * @Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV)
 * public record Order(long orderId, String status) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExpectRows {
  /** The rule's name in results and messages; by default {@code row_count}. */
  String name() default "";

  /** Fewest rows allowed (inclusive). */
  long min() default 0;

  /** Most rows allowed (inclusive). */
  long max() default Long.MAX_VALUE;

  /** What a count outside the bounds does to the run: reported, or failing it before any commit. */
  Expect.Action action() default Expect.Action.WARN;
}
