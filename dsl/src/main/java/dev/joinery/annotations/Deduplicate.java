package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps one row per distinct key (all components when no keys are named). Which row of a
 * group survives is not defined, as in Spark's {@code dropDuplicates}, unless {@link #keep()}
 * orders the group: then its first row in that order survives ("latest row per key" with
 * {@code keep = "updatedAt desc"}).
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Deduplicate {
  /** The input step or table. */
  String from();

  /** Components that identify a row; empty for all of them. */
  String[] keys() default {};

  /**
   * Components, each optionally followed by {@code asc} or {@code desc}, ordering each key's rows:
   * the first one is kept. Rows that tie on all of them may be kept in any order, so name enough
   * to break ties when the row kept must be the same on every run. Empty keeps any row.
   */
  String[] keep() default {};
}
