package dev.joinery.annotations;

/** How a job run ended, as AWS Glue names the states a conditional trigger can watch. */
public enum JobState {
  /** The run committed its outputs. */
  SUCCEEDED,
  /** The run failed; its outputs are unchanged. */
  FAILED,
  /** The run took longer than its timeout and was cancelled. */
  TIMEOUT,
  /** The run was stopped: the scheduler shut down while it ran. */
  STOPPED
}
