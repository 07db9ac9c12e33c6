package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes a step's output to the catalog table of its record type. The step's output type must be
 * a {@link Table} record; that table's format, location and partitioning apply. Each table has
 * one writer across all jobs.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Sink {
  WriteMode mode() default WriteMode.OVERWRITE;
}
