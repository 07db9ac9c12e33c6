package dev.joinery.runtime;

import java.time.Duration;

/** A run took longer than its timeout; its Spark jobs were cancelled and nothing was committed. */
public final class JobTimeoutException extends RuntimeException {
  public JobTimeoutException(String job, Duration timeout, Throwable cancelled) {
    super("Job " + job + " ran longer than its timeout of " + describe(timeout)
        + "; its Spark jobs were cancelled.", cancelled);
  }

  private static String describe(Duration timeout) {
    return timeout.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}
