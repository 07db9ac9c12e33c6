package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the scheduler runs a {@code @Job}, as AWS Glue's job properties say it: how many runs at
 * once, what an extra start does, a timeout, retries and run properties.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface RunPolicy {
  /** What a start does while {@link #maxConcurrent} runs are running. */
  enum WhenBusy {
    /** Wait for a run to end, then start. */
    QUEUE,
    /** Do not run; the firing is recorded as skipped. */
    SKIP
  }

  /** Runs of this job at once (at least 1). */
  int maxConcurrent() default 1;

  WhenBusy whenBusy() default WhenBusy.QUEUE;

  /** Cancel a run after this long (30m, 2h, 2d; empty: no limit), as {@code joinery run --timeout}. */
  String timeout() default "";

  /** Start a failed run again up to this many times (not for a timeout or a stop). */
  int retries() default 0;

  /** {@code key=value} Spark configuration settings every scheduled run gets, as {@code joinery run --conf}. */
  String[] properties() default {};
}
