package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Drops rows that have a null in any of the named components (all nullable components when none
 * are named). Glue's DropNullFields removes columns that are empty in every row; a typed job's
 * columns are fixed at compile time, so use {@link Select} to narrow a record.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface DropNulls {
  /** The input step or table. */
  String from();

  /** Components that must not be null; empty for every nullable one. */
  String[] fields() default {};
}
