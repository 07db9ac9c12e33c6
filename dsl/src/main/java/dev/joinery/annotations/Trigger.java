package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What starts a {@code @Job} besides its cron {@link Job#schedule} and {@code joinery run}: the
 * outcome of other jobs ({@link After}, {@link #afterWriters}) and new files ({@link #newFiles}),
 * and what a scheduler that was stopped does with the cron slots it missed ({@link #catchUp}).
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Trigger {
  /** How a job's conditions combine. */
  enum Logic {
    /** Every condition must have held since the job's last start. */
    ALL,
    /** One condition is enough. */
    ANY
  }

  /** What a scheduler that was not running at a cron slot does when it starts again. */
  enum CatchUp {
    /** Skip the missed slots (cron's and Glue's behaviour). */
    NONE,
    /** Run once for the latest missed slot. */
    LAST,
    /** Run once for every missed slot, oldest first. */
    ALL
  }

  /** How {@link After} conditions and {@link #afterWriters} combine. */
  Logic logic() default Logic.ALL;

  /**
   * Run after the jobs that write the tables this job reads have succeeded, as the build's lineage
   * knows them: the workflow needs no hand-kept list of upstream jobs.
   */
  boolean afterWriters() default false;

  /** Source tables (read by this job, stored as files) whose new files in their location start a run. */
  String[] newFiles() default {};

  /** How often {@link #newFiles} locations are listed: 30s, 5m, 1h (at least 1s, at most 1d). */
  String poll() default "1m";

  /** Missed cron slots after the scheduler was stopped. */
  CatchUp catchUp() default CatchUp.NONE;
}
