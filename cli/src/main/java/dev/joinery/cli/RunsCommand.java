package dev.joinery.cli;

import dev.joinery.catalog.ExpectationResults;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunDetails;
import dev.joinery.catalog.RunEntry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code joinery runs}: run history from the catalog. */
@Command(name = "runs", description = "Lists runs, newest first: status, times, rows read and written, errors.")
final class RunsCommand implements Callable<Integer> {
  @Mixin ProjectCatalog project;

  @Option(names = "--job", paramLabel = "JOB", description = "Only this job's runs.")
  String job;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (default 20).")
  int limit;

  @Option(names = "--run", paramLabel = "RUN_ID",
      description = "One run in full: Spark application, steps with rows, timings, @Expect results, error.")
  String runId;

  @Override
  public Integer call() {
    if (runId != null) {
      JoineryCatalog catalog = project.open();
      Optional<RunEntry> run = catalog.run(runId);
      if (run.isEmpty()) {
        System.err.println("No run " + runId + " in the catalog; `joinery runs` lists them.");
        return 2;
      }
      printRun(System.out, run.get(), RunDetails.of(catalog, runId), ExpectationResults.ofRun(catalog, runId));
      return 0;
    }
    List<RunEntry> runs = project.open().runs(job, limit);
    if (runs.isEmpty()) {
      System.out.println("No runs recorded" + (job == null ? "" : " for job " + job) + ".");
      return 0;
    }
    print(System.out, runs);
    return 0;
  }

  static void print(PrintStream out, List<RunEntry> runs) {
    Tables.print(out, List.of("started", "job", "status", "seconds", "read", "written", "run"), runs.stream()
        .map(r -> List.of(r.startedAt().toString(), r.job(), r.status().name(),
            r.endedAt() == null ? "-" : String.format("%.1f", Duration.between(r.startedAt(), r.endedAt()).toMillis() / 1000.0),
            rows(r, RunEntry.Role.READ), rows(r, RunEntry.Role.WRITE), r.runId()))
        .toList());
    for (RunEntry r : runs) {
      if (r.error() != null) {
        out.printf("  run %s: %s%n", r.runId(), r.error().lines().findFirst().orElse(""));
      }
    }
  }

  static void printRun(PrintStream out, RunEntry run, RunDetails details, List<ExpectationResults.Result> results) {
    out.printf("Run %s of job %s: %s%n", run.runId(), run.job(), run.status());
    out.printf("  started %s, ended %s%n", run.startedAt(), run.endedAt() == null ? "-" : run.endedAt());
    out.printf("  Spark application %s%n", details.sparkAppId() == null ? "-" : details.sparkAppId());
    if (run.error() != null) {
      out.printf("  error: %s%n", run.error().lines().findFirst().orElse(""));
    }
    for (RunEntry.TableRows t : run.tables()) {
      out.printf("  %-7s %-32s %12s rows%n", t.role().name().toLowerCase(java.util.Locale.ROOT), t.table(),
          t.rows() == null ? "?" : String.format("%,d", t.rows()));
    }
    for (RunDetails.Step step : details.steps()) {
      out.printf("  step    %-32s %12s rows  (%s)%n", step.name(),
          step.rows() == null ? "-" : String.format("%,d", step.rows()), step.kind());
    }
    for (RunDetails.Phase phase : details.phases()) {
      out.printf("  time    %-50s %8.1f s%n", phase.name(), phase.millis() / 1000.0);
    }
    for (ExpectationResults.Result r : results) {
      out.printf("  expect  %-32s %,d of %,d rows break %s (%s)%n", r.table() + "." + r.column(), r.rowsFailed(),
          r.rowsChecked(), r.rule(), r.action());
    }
  }

  private static String rows(RunEntry run, RunEntry.Role role) {
    String rows = run.tables().stream().filter(t -> t.role() == role)
        .map(t -> t.table() + "=" + (t.rows() == null ? "?" : t.rows())).collect(Collectors.joining(" "));
    return rows.isEmpty() ? "-" : rows;
  }
}
