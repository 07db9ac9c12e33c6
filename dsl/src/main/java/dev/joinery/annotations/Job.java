package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ETL job: a class whose annotated static methods and fields are its steps. The class Javadoc
 * is the job's description.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Job {
  /** The job's name, as given to {@code joinery run}: lower case letters, digits and underscores. */
  String name();

  /** A Unix cron expression (five fields) for scheduled runs; empty for on-demand only. */
  String schedule() default "";

  /**
   * Source tables read incrementally (AWS Glue's job bookmarks): each run reads only the files of
   * these tables that no successful run of this job has processed, and the run's commit records
   * them as processed. Names must be tables the job reads, as in {@code bookmarks = "raw.orders"}.
   */
  String[] bookmarks() default {};
}
