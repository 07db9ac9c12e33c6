package dev.joinery.scheduler.launch;

import dev.joinery.annotations.JobState;

/**
 * How an attempt ended.
 *
 * @param runId the run in {@code joinery_runs}, null if the attempt never got as far as recording one
 * @param message the first line of the error, null when it succeeded
 * @param retryable false when trying again would not change it (bad data, a timeout, a bad command)
 */
public record RunOutcome(JobState state, String runId, String message, boolean retryable) {

  public static RunOutcome succeeded(String runId) {
    return new RunOutcome(JobState.SUCCEEDED, runId, null, false);
  }

  public static RunOutcome failed(String runId, String message) {
    return new RunOutcome(JobState.FAILED, runId, message, true);
  }
}
