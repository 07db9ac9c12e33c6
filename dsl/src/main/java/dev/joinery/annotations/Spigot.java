package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Samples a step's rows on every run (AWS Glue's Spigot): after the run commits, the sample is
 * written as JSON lines to {@code .joinery/spigot/<job>/<step>/} and registered in the catalog as
 * {@code spigot.<job>_<step>}, to be queried with {@code joinery sql}. Give either {@link #rows}
 * or {@link #fraction}. {@code joinery run --spigot step=...} overrides it for one run.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Spigot {
  /** Keep the first this many rows. */
  int rows() default 0;

  /** Keep this share of the rows, in (0, 1], chosen with {@link #seed}. */
  double fraction() default 0;

  /** The seed of a fractional sample: the same input gives the same sample. */
  long seed() default 42;
}
