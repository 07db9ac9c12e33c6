package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Joins two inputs on named keys.
 *
 * <p>On a method {@code static Output name(Left l, Right r)} (types {@code INNER}, {@code LEFT},
 * {@code RIGHT}, {@code FULL}) the method builds one output row per matching pair. On a field of
 * the left record type (types {@code SEMI}, {@code ANTI}) it keeps left rows that have, or do not
 * have, a match; {@link #left()} and {@link #right()} name the inputs.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Join {
  /**
   * Equality keys, comma-separated: {@code "customerId = id"}, {@code "day = day, shop = shopId"},
   * or just {@code "customerId"} when both sides use the same name. Left component first.
   */
  String on();

  JoinType type() default JoinType.INNER;

  /** Field form only: the left input, a step or table name. */
  String left() default "";

  /** Field form only: the right input, a step or table name. */
  String right() default "";
}
