package dev.joinery.scheduler.launch;

import java.util.Optional;

/** An attempt that was started; the scheduler polls it on every tick. */
public interface LaunchedRun {
  /** How it ended, or empty while it runs. */
  Optional<RunOutcome> poll();

  /** Asks it to stop (SIGTERM to a process tree): it ends soon after, and nothing it did not commit counts. */
  void stop();

  /** Ends it now (SIGKILL), for a run that did not stop when asked. */
  void kill();
}
