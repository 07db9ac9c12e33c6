package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Groups the input by keys and computes aggregates. Declared on a field whose record type is the
 * output: components named in {@link #groupBy()} are copied from the input (same name, same
 * type); every other component carries one of {@link Sum}, {@link Count}, {@link CountDistinct},
 * {@link Min}, {@link Max} or {@link Avg}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Aggregate {
  /** The input step or table. */
  String from();

  /** Grouping components, present on both the input and the output record. */
  String[] groupBy() default {};
}
