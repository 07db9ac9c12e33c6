package dev.joinery.scheduler.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.annotations.JobState;
import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TriggerFirings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child-process launcher with a shell script in place of {@code joinery run} (a JVM with Spark
 * is WorkflowTest's): what it is given, how an exit and a report become an outcome, and that a
 * stop ends the whole process tree.
 */
class ProcessLauncherTest {
  @TempDir Path dir;
  private TriggerFirings firings;

  @BeforeEach
  void catalog() {
    firings = new TriggerFirings(JoineryCatalog.open(CatalogLocation.sqlite(dir.resolve("catalog.db"), dir.resolve("wh"))));
  }

  /** A launcher whose "JVM" is {@code sh -c script}; the run's arguments are the script's $1, $2... */
  private ProcessLauncher shell(String script) {
    return new ProcessLauncher(List.of("sh", "-c", script, "sh"), dir, List.of("--master", "local[1]"), firings);
  }

  private static RunOutcome await(LaunchedRun run) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      Optional<RunOutcome> outcome = run.poll();
      if (outcome.isPresent()) {
        return outcome.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the child did not end");
  }

  @Test
  void theChildGetsTheRunOptionsAndItsOutputIsKept() throws Exception {
    LaunchedRun run = shell("echo \"$@\"").launch(new RunRequest("daily_revenue", "f1", 1, Duration.ofHours(2),
        Map.of("spark.sql.shuffle.partitions", "4")));
    assertEquals(JobState.SUCCEEDED, await(run).state());
    String output = Files.readString(dir.resolve(".joinery/scheduler/daily_revenue-f1-1.log"));
    assertEquals("run daily_revenue --base-dir " + dir.toAbsolutePath() + " --report "
        + dir.toAbsolutePath().resolve(".joinery/scheduler/daily_revenue-f1-1.json")
        + " --timeout 2h --conf spark.sql.shuffle.partitions=4 --master local[1]\n", output);
  }

  @Test
  void aReportedDataFailureIsNotRetryableAnOtherFailureIs() throws Exception {
    // $6 is the --report file, as joinery run writes it.
    RunOutcome data = await(shell("echo '{\"status\":\"FAILED\",\"error\":\"Table raw.orders, line 3: bad\","
        + "\"failure\":\"DATA\"}' > \"$6\"; exit 1").launch(new RunRequest("j", "f2", 1, null, Map.of())));
    assertEquals(JobState.FAILED, data.state());
    assertEquals("Table raw.orders, line 3: bad", data.message());
    assertFalse(data.retryable());

    RunOutcome crash = await(shell("exit 137").launch(new RunRequest("j", "f3", 1, null, Map.of())));
    assertEquals(JobState.FAILED, crash.state());
    assertTrue(crash.retryable());
    assertTrue(crash.message().startsWith("exit code 137; see "), crash.message());
  }

  @Test
  void stopEndsTheWholeProcessTree() throws Exception {
    Path pid = dir.resolve("grandchild.pid");
    // "wait $!" ends with the sleep's own status: a bare "wait" is 0 when its job was killed first
    // (the launcher signals children first), which read as a run that succeeded before the stop.
    LaunchedRun run = shell("sleep 300 & echo $! > " + pid + "; wait $!").launch(new RunRequest("j", "f4", 1, null, Map.of()));
    for (int i = 0; i < 100 && (!Files.exists(pid) || Files.readString(pid).isBlank()); i++) {
      Thread.sleep(50);
    }
    ProcessHandle grandchild = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
    assertTrue(grandchild.isAlive());
    run.stop();
    assertEquals(JobState.FAILED, await(run).state());
    grandchild.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
    assertFalse(grandchild.isAlive(), "Spark's own children must not outlive a stopped run");
  }
}
