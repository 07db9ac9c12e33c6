package dev.joinery.cli;

import dev.joinery.catalog.ExpectationResults;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code joinery quality JOB}: what the {@code @Expect} rules of a job's sources found, per run and rule. */
@Command(name = "quality", description = "Lists, per recent successful run of a job, each @Expect rule of its sources:"
    + " rows checked, rows breaking it, and its action.")
final class QualityCommand implements Callable<Integer> {
  @Mixin ProjectCatalog project;

  @Parameters(index = "0", paramLabel = "JOB", description = "The job.")
  String job;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "At most N runs (default 5).")
  int limit;

  @Override
  public Integer call() {
    List<ExpectationResults.Result> results = ExpectationResults.ofJob(project.open(), job, limit);
    if (results.isEmpty()) {
      System.out.println("No expectation results recorded for job " + job
          + " (its sources declare no @Expect rules, or it has no successful run yet).");
      return 0;
    }
    print(System.out, results);
    return 0;
  }

  static void print(PrintStream out, List<ExpectationResults.Result> results) {
    Tables.print(out, List.of("recorded", "table", "column", "rule", "action", "checked", "failed", "run"),
        results.stream().map(r -> List.of(r.recordedAt().toString(), r.table(), r.column(), r.rule(), r.action(),
            String.valueOf(r.rowsChecked()), String.valueOf(r.rowsFailed()), r.runId())).toList());
  }
}
