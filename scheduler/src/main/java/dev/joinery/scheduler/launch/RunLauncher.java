package dev.joinery.scheduler.launch;

/**
 * Starts runs for the scheduler. {@link ProcessLauncher} runs each in a JVM of its own; tests give
 * the scheduler one whose runs end when the test says.
 */
public interface RunLauncher {
  LaunchedRun launch(RunRequest request);
}
