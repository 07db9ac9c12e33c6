package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps one row per distinct key (all components when no keys are named). Which row of a
 * group survives is not defined, as in Spark's {@code dropDuplicates}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Deduplicate {
  /** The input step or table. */
  String from();

  /** Components that identify a row; empty for all of them. */
  String[] keys() default {};
}
