package dev.joinery.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;

/**
 * A run's timeout (AWS Glue's job timeout): the run's Spark jobs run in a job group of their own,
 * which is cancelled when the time is up, running tasks interrupted and later jobs refused. The run then fails as any
 * failed run does, before anything is committed. Work outside Spark jobs (a commit already under
 * way) is not interrupted, so a run that reaches its commit in time finishes it.
 */
final class RunDeadline implements AutoCloseable {
  private static final RunDeadline NONE = new RunDeadline(null, null, null);

  private final SparkContext context;
  private final String group;
  private final ScheduledExecutorService timer;
  private volatile boolean expired;

  private RunDeadline(SparkContext context, String group, ScheduledExecutorService timer) {
    this.context = context;
    this.group = group;
    this.timer = timer;
  }

  /** Starts the clock for the calling thread's Spark jobs; no timeout, no clock. */
  static RunDeadline start(SparkContext context, String runId, Duration timeout) {
    if (timeout == null) {
      return NONE;
    }
    String group = "joinery-run-" + runId;
    // Job groups are a property of the calling thread: every job the run starts from it is in this one.
    context.setJobGroup(group, "Joinery run " + runId, true);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "joinery-timeout-" + runId);
      thread.setDaemon(true);
      return thread;
    });
    RunDeadline deadline = new RunDeadline(context, group, timer);
    timer.schedule(deadline::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    return deadline;
  }

  private void expire() {
    expired = true;
    // Also the jobs the run has yet to start: the clock may run out between two of them.
    context.cancelJobGroupAndFutureJobs(group, "the run's timeout passed");
  }

  boolean expired() {
    return expired;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      context.clearJobGroup();
    }
  }
}
