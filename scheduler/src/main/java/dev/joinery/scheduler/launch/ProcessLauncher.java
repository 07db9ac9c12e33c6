package dev.joinery.scheduler.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.annotations.JobState;
import dev.joinery.catalog.ProcessIdentity;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.scheduler.clock.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs each attempt as {@code joinery run <job>} in a JVM of its own, with this JVM's class path
 * and Spark's {@code --add-opens} flags. A job that crashes or exhausts its memory takes only its
 * own JVM down, and stopping a run (timeout, shutdown) ends its whole process tree, Spark's
 * children included. The child also gets {@code --timeout}, so a run whose scheduler died still
 * ends on time. Output goes to {@code .joinery/scheduler/<job>-<firing>-<attempt>.log}.
 */
public final class ProcessLauncher implements RunLauncher {
  /** The command line's entry point ({@code dev.joinery.cli.JoineryCli}), which the scheduler module does not depend on. */
  public static final String CLI_MAIN = "dev.joinery.cli.JoineryCli";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> java;
  private final Path baseDir;
  private final Path logDir;
  private final List<String> runOptions;
  private final TriggerFirings firings;

  /**
   * @param java the command up to the main class's arguments: the java binary, JVM flags, class path, main class
   * @param runOptions more {@code joinery run} options for every run ({@code --master}, {@code --conf})
   */
  public ProcessLauncher(List<String> java, Path baseDir, List<String> runOptions, TriggerFirings firings) {
    this.java = List.copyOf(java);
    this.baseDir = baseDir.toAbsolutePath();
    this.logDir = this.baseDir.resolve(".joinery").resolve("scheduler");
    this.runOptions = List.copyOf(runOptions);
    this.firings = firings;
  }

  /** Children like this JVM: its java, its Spark flags and memory limit, its class path. */
  public static List<String> javaLikeThisOne() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Djdk.reflect")
            || a.startsWith("-Dio.netty") || a.startsWith("-Xmx") || a.startsWith("-Dlog4j"))
        .forEach(command::add);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CLI_MAIN);
    return command;
  }

  @Override
  public LaunchedRun launch(RunRequest request) {
    String name = request.job() + "-" + request.firingId() + "-" + request.attempt();
    Path report = logDir.resolve(name + ".json");
    List<String> command = new ArrayList<>(java);
    command.addAll(List.of("run", request.job(), "--base-dir", baseDir.toString(), "--report", report.toString()));
    if (request.timeout() != null) {
      command.addAll(List.of("--timeout", Durations.format(request.timeout())));
    }
    request.properties().forEach((k, v) -> command.addAll(List.of("--conf", k + "=" + v)));
    command.addAll(runOptions);
    try {
      Files.createDirectories(logDir);
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(logDir.resolve(name + ".log").toFile()).start();
      return new Child(request.job(), process, report);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a JVM for job " + request.job() + ": " + e.getMessage(), e);
    }
  }

  /** One child JVM. */
  private final class Child implements LaunchedRun {
    private final String job;
    private final Process process;
    private final Path report;

    Child(String job, Process process, Path report) {
      this.job = job;
      this.process = process;
      this.report = report;
    }

    @Override
    public Optional<RunOutcome> poll() {
      if (process.isAlive()) {
        return Optional.empty();
      }
      String runId = firings.runOfProcess(job, ProcessIdentity.current().host(), process.pid()).orElse(null);
      int exit = process.exitValue();
      if (exit == 0) {
        return Optional.of(RunOutcome.succeeded(runId));
      }
      JsonNode json = readReport();
      String error = json.path("error").asText("exit code " + exit + "; see " + report.resolveSibling(
          report.getFileName().toString().replace(".json", ".log")));
      // Bad data and a timeout would end the same way again; exit code 2 is a command the child refused.
      String failure = json.path("failure").asText("ERROR");
      boolean retryable = exit != 2 && !failure.equals("DATA") && !failure.equals("TIMEOUT");
      return Optional.of(new RunOutcome(failure.equals("TIMEOUT") ? JobState.TIMEOUT : JobState.FAILED, runId, error,
          retryable));
    }

    private JsonNode readReport() {
      try {
        return Files.exists(report) ? JSON.readTree(report.toFile()) : JSON.createObjectNode();
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }

    @Override
    public void stop() {
      // Children first: Spark may have started processes of its own (python workers, shells).
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }

    @Override
    public void kill() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
