package dev.joinery.cli;

import dev.joinery.catalog.CatalogException;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JobTimeoutException;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.RunReport;
import dev.joinery.runtime.Spigot;
import dev.joinery.runtime.openlineage.OpenLineageSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Runs a job. Outputs replace their tables only if the whole run succeeds.")
final class RunCommand implements Callable<Integer> {

  /** Set when a generated {@code main} runs its own job. */
  private final JoineryJob fixedJob;

  @Parameters(arity = "0..1", paramLabel = "JOB", description = "The job's name, as `joinery list` shows it.")
  String jobName;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL (default: local[*], or what spark-submit set).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark configuration setting; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--input", paramLabel = "TABLE=PATH", description = "Read a source table from PATH instead of its @Table location; repeatable.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(names = "--output", paramLabel = "TABLE=PATH", description = "Write a sink table to PATH instead of its @Table location; repeatable.")
  Map<String, String> outputs = new LinkedHashMap<>();

  @Option(names = "--app-jar", paramLabel = "PATH",
      description = "The jar a cluster's executors load the job from (default on a master that is not local: the jar"
          + " the job was loaded from, or the single *-app.jar beside its classes directory, as `mvn package` writes it).")
  Path appJar;

  @Option(names = "--spigot", paramLabel = "STEP=ROWS|FRACTION",
      description = "Sample a step's rows into spigot.<job>_<step> (JSON lines, queryable with `joinery sql`):"
          + " the first ROWS rows, or a FRACTION such as 0.05; repeatable.")
  Map<String, String> spigots = new LinkedHashMap<>();

  @Option(names = "--spigot-seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of fractional spigots, so the same input gives the same sample (default 42).")
  long spigotSeed;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Cancel the run's Spark jobs after this long (30m, 2h, 2d); nothing is committed then.")
  Duration timeout;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "0",
      description = "Start a failed run again up to N times, each a run of its own (not for bad data or a timeout).")
  int retries;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write how the run ended to FILE as JSON: run id, status, rows read and written per table, the error.")
  Path report;

  @Option(names = "--count-steps",
      description = "Count each step's rows for the summary (keeps Spark from moving filters across steps).")
  boolean countSteps;

  @Option(names = "--lineage-events", paramLabel = "FILE",
      description = "Append the run's OpenLineage events (START, COMPLETE or FAIL) to FILE, one JSON event a line.")
  Path lineageEvents;

  @Option(names = "--lineage-config", paramLabel = "FILE",
      description = "The openlineage.yml to send events with (default: $OPENLINEAGE_CONFIG, ./openlineage.yml,"
          + " ~/.openlineage/openlineage.yml, OPENLINEAGE__* or OPENLINEAGE_URL; none: no events).")
  Path lineageConfig;

  @Option(names = "--lineage-namespace", paramLabel = "NAMESPACE",
      description = "The job's OpenLineage namespace (default: the configuration's job.namespace, $OPENLINEAGE_NAMESPACE or joinery).")
  String lineageNamespace;

  @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = "${env:JOINERY_BASE_DIR:-.}",
      description = "Directory that relative table locations resolve against (default: $JOINERY_BASE_DIR or the current directory).")
  Path baseDir;

  RunCommand() {
    this(null);
  }

  RunCommand(JoineryJob fixedJob) {
    this.fixedJob = fixedJob;
  }

  @Override
  public Integer call() {
    Optional<JoineryJob> job = fixedJob != null ? Optional.of(fixedJob) : JobCatalog.findOrReport(jobName);
    if (job.isEmpty()) {
      return 2;
    }
    Map<String, String> overrides = new LinkedHashMap<>(inputs);
    overrides.putAll(outputs);
    String effectiveMaster = AppJar.master(master, conf, System.getProperties());
    Map<String, String> sparkConf;
    try {
      sparkConf = AppJar.ship(effectiveMaster, conf, System.getProperties(), appJar, job.get().getClass());
    } catch (AppJar.NotFound e) {
      System.err.println(e.getMessage());
      return 2;
    }
    if (sparkConf != conf) {
      Path shipped = Path.of(lastJar(sparkConf.get(AppJar.SPARK_JARS)));
      System.out.println("Shipping " + shipped + " to " + effectiveMaster);
      AppJar.staleness(shipped, job.get().getClass()).ifPresent(System.err::println);
    }
    List<Spigot> taps = new ArrayList<>();
    try {
      spigots.forEach((step, amount) -> taps.add(Spigot.parse(step, amount, spigotSeed)));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    List<String> unknown = taps.stream().map(Spigot::step).filter(s -> !job.get().steps().contains(s)).toList();
    if (!unknown.isEmpty()) {
      System.err.println("Job " + job.get().name() + " has no step " + String.join(", ", unknown) + "; its steps: "
          + String.join(", ", job.get().steps()) + ".");
      return 2;
    }
    String[] lastRun = new String[1]; // the id of the run that ended, for the report of a failed one
    try (CommandSession session = new CommandSession("joinery-" + job.get().name(), master, sparkConf)) {
      RunOptions options = RunOptions.in(baseDir).withLocations(overrides).withSpigots(taps)
          .withLimits(timeout, retries).withLineage(OpenLineageSettings.FROM_ENVIRONMENT.withEventsFile(lineageEvents)
              .withConfigFile(lineageConfig).withNamespace(lineageNamespace));
      RunReport done = JobLauncher.run(job.get(), session.spark(), countSteps ? options.withStepCounts() : options,
          System.out, runId -> lastRun[0] = runId);
      writeReport(() -> RunReportFile.succeeded(report, done));
      return 0;
    } catch (Exception e) {
      // (Exception: Spark throws checked exceptions it does not declare.)
      System.err.println("Job " + job.get().name() + " failed; no output was changed.");
      writeReport(() -> RunReportFile.failed(report, job.get().name(), lastRun[0],
          e.getMessage() == null ? e.getClass().getName() : e.getMessage().lines().findFirst().orElse(""),
          e instanceof JoineryDataException ? "DATA" : e instanceof JobTimeoutException ? "TIMEOUT" : "ERROR"));
      Optional<String> missing = AppJar.isLocal(effectiveMaster) ? Optional.empty() : MissingClass.in(e);
      if (missing.isPresent()) {
        reportMissing(missing.get(), e, job.get().name());
      } else if (e instanceof JoineryDataException || e instanceof CatalogException || e instanceof JobTimeoutException) {
        System.err.println(e.getMessage());
      } else {
        // Not the data's fault: say what failed in a line, keep the stack trace for whoever debugs it.
        System.err.println(e.getMessage() == null ? e.getClass().getName() : e.getMessage().lines().findFirst().orElse(""));
        System.err.println("Stack trace: " + FailureLog.write(baseDir, job.get().name(), e));
      }
      return 1;
    }
  }

  private interface ReportWrite {
    void write() throws IOException;
  }

  /** Writes the --report file, if asked for; a report that cannot be written does not change how the run ended. */
  private void writeReport(ReportWrite write) {
    if (report == null) {
      return;
    }
    try {
      write.write();
    } catch (IOException e) {
      System.err.println("Could not write the report " + report + ": " + e.getMessage());
    }
  }

  /** A class the executors could not load: they were not sent the app jar, or a jar without it. */
  private void reportMissing(String className, Exception e, String job) {
    System.err.println("Class " + className + " is missing on the Spark executors: ship the app jar, which holds the"
        + " jobs and Joinery's runtime (`mvn package` writes target/<artifactId>-<version>-app.jar; `--app-jar PATH`"
        + " names another).");
    System.err.println("Stack trace: " + FailureLog.write(baseDir, job, e));
  }

  private static String lastJar(String jars) {
    String[] all = jars.split(",");
    return all[all.length - 1].strip();
  }
}
