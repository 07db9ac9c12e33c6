package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Orders rows. Nulls sort first when ascending and last when descending, as in Spark. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Sort {
  /** The input step or table. */
  String from();

  /** Components, each optionally followed by {@code asc} or {@code desc}: {@code {"day", "revenue desc"}}. */
  String[] by();

  /**
   * Keep only the first {@code limit} rows in that order (top-N); 0, the default, keeps every row.
   * Rows that tie on every key at the cut may come in any order, so name keys enough to break ties
   * when the rows kept must be the same on every run.
   */
  int limit() default 0;
}
