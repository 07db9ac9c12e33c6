package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JobTimeoutException;
import dev.joinery.runtime.RunOptions;
import dev.joinery.samples.testjobs.FlakyState;
import dev.joinery.samples.testjobs.JoineryFlakyJob;
import dev.joinery.samples.testjobs.JoinerySlowJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's timeout cancels its Spark jobs and commits nothing; a failed run is retried as asked; a
 * step that throws is named in the failure.
 */
class RunLimitsTest {
  @TempDir Path dir;

  @Test
  void aRunPastItsTimeoutIsCancelledAndCommitsNothing() throws IOException {
    SparkSessions.copySampleData(dir);
    RunOptions options = RunOptions.in(dir).withLimits(Duration.ofSeconds(3), 2);
    long start = System.nanoTime();

    JobTimeoutException e = assertThrows(JobTimeoutException.class,
        () -> JobLauncher.run(new JoinerySlowJob(), SparkSessions.spark(), options, quiet()));

    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(e.getMessage().contains("Job test_slow ran longer than its timeout of 3s"), e.getMessage());
    // The job alone would take minutes; a timed-out run is not retried.
    assertTrue(seconds < 60, "cancelled after " + seconds + " s");
    assertTrue(Files.notExists(dir.resolve("out/slow_counts")), "nothing committed");
    // The session is usable afterwards: the cancelled group is gone.
    assertTrue(SparkSessions.spark().range(3).count() == 3);
  }

  @Test
  void aFailedRunIsStartedAgainUpToItsRetries() throws IOException {
    SparkSessions.copySampleData(dir);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    FlakyState.FAILING.set(true);

    JobLauncher.run(new JoineryFlakyJob(), SparkSessions.spark(), RunOptions.in(dir).withLimits(null, 1),
        new PrintStream(console, true, StandardCharsets.UTF_8));

    String out = console.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Attempt 1 of 2 failed (") && out.contains("the outage"), out);
    assertTrue(Files.isDirectory(dir.resolve("out/flaky_counts")), out);
  }

  @Test
  void withoutRetriesTheFirstFailureIsTheRunsEnd() throws IOException {
    SparkSessions.copySampleData(dir);
    FlakyState.FAILING.set(true);

    Exception e = assertThrows(Exception.class,
        () -> JobLauncher.run(new JoineryFlakyJob(), SparkSessions.spark(), RunOptions.in(dir), quiet()));

    // The failure names job, table and the step whose code threw, in its first line.
    assertEquals("Job test_flaky failed writing table test.flaky_counts: step 'whileUp' threw"
        + " java.lang.IllegalStateException: the outage", e.getMessage().lines().findFirst().orElseThrow());

    assertTrue(Files.notExists(dir.resolve("out/flaky_counts")));
    FlakyState.FAILING.set(false);
  }

  private static PrintStream quiet() {
    return new PrintStream(java.io.OutputStream.nullOutputStream());
  }
}
