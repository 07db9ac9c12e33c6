package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Computes values over a window of rows: the rows of the same partition, in an order. Declared on
 * a field whose record type is the output. Output components named like an input component are
 * copied (same type); every other component carries one of {@link RowNumber}, {@link Rank},
 * {@link DenseRank}, {@link Lag}, {@link Lead}, or a running aggregate: {@link Sum}, {@link Count},
 * {@link Min}, {@link Max}, {@link Avg}. Every input row gives one output row.
 *
 * <p>With {@link #orderBy()}, a running aggregate covers the partition's rows from its first up to
 * the current row and the rows that tie with it in that order (SQL's default frame, {@code RANGE
 * BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW}); without it, the whole partition.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Window {
  /** The input step or table. */
  String from();

  /** Components whose values split the rows into partitions; empty for one partition of every row. */
  String[] partitionBy() default {};

  /** Components, each optionally followed by {@code asc} or {@code desc}: {@code {"day", "amount desc"}}. */
  String[] orderBy() default {};
}
