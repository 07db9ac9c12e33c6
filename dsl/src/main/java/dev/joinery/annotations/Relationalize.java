package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Glue's Relationalize, one table at a time: flattens nested records into top-level columns and,
 * with {@link #explode()}, turns each element of a list into a row of its own. An output component
 * takes the input's flattened path of the same camel-case name ({@code addressCity} for
 * {@code address.city}) unless {@link #rename()} names the path. Glue's child tables are further
 * {@code @Relationalize} steps from the same input, each exploding one list and carrying the
 * parent's key.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Relationalize {
  /** The input step or table. */
  String from();

  /**
   * A {@code List} component (or a path to one, as in {@code "order.items"}): one output row per
   * element, as Spark's {@code explode}, so rows whose list is empty or null are left out. The
   * element's components (when it is a record) are reachable by their names, the element itself
   * (when it is not) by the list's name.
   */
  String explode() default "";

  /**
   * With {@link #explode()}, also one row for each input row whose list is empty or null, its
   * element's components null (Spark's {@code explode_outer}), so the child table names every parent.
   */
  boolean keepEmpty() default false;

  /** {@code "output = path"} pairs, as in {@code "town = address.city"}. */
  String[] rename() default {};
}
