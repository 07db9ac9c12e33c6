package dev.joinery.cli;

import dev.joinery.catalog.RunEntry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
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

  @Override
  public Integer call() {
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

  private static String rows(RunEntry run, RunEntry.Role role) {
    String rows = run.tables().stream().filter(t -> t.role() == role)
        .map(t -> t.table() + "=" + (t.rows() == null ? "?" : t.rows())).collect(Collectors.joining(" "));
    return rows.isEmpty() ? "-" : rows;
  }
}
