package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Joins two inputs on named keys, and optionally on a condition.
 *
 * <p>On a method {@code static Output name(Left l, Right r)} (types {@code INNER}, {@code LEFT},
 * {@code RIGHT}, {@code FULL}, {@code CROSS}) the method builds one output row per matching pair.
 * On a field, {@link #left()} and {@link #right()} name the inputs: for {@code SEMI} and
 * {@code ANTI} the field is of the left record type and keeps left rows that have, or do not have,
 * a match; for the other types the field's record takes each of its components, by name, from the
 * left or the right row, so carrying columns of both sides needs no method.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Join {
  /**
   * Equality keys, comma-separated: {@code "customerId = id"}, {@code "day = day, shop = shopId"},
   * or just {@code "customerId"} when both sides use the same name. Left component first.
   */
  String on() default "";

  /**
   * A {@code static boolean name(Left l, Right r)} method of the job: pairs are kept only where it
   * returns true, in addition to the keys (SQL's {@code ON keys AND condition}; for an outer join
   * a row without a kept pair is kept with the other side absent). It must be translatable to a
   * Spark expression. Comparisons such as {@code l.suppKey() != r.suppKey()} or
   * {@code l.quantity() < r.limit()} go here, since {@link #on()} only holds equalities.
   */
  String where() default "";

  JoinType type() default JoinType.INNER;

  /**
   * Field form of a join that combines rows: where a component's name is not unique to one side,
   * where it comes from, as {@code "output = left.column"} or {@code "output = right.column"}. A key
   * named alike on both sides ({@code on = "orderKey"}) needs none.
   */
  String[] rename() default {};

  /** Field form only: the left input, a step or table name. */
  String left() default "";

  /** Field form only: the right input, a step or table name. */
  String right() default "";
}
