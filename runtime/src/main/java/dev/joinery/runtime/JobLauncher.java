package dev.joinery.runtime;

import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry.Role;
import dev.joinery.catalog.RunEntry.RunStatus;
import dev.joinery.catalog.RunEntry.TableRows;
import dev.joinery.catalog.TableVersion;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import dev.joinery.runtime.openlineage.LineageEmitter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a job on a Spark session: registers it and its tables in the catalog, locks and checks its
 * outputs, checks its inputs, plans it, stages its writes, commits them, and records the run.
 */
public final class JobLauncher {
  private JobLauncher() {}

  /**
   * A session for Joinery jobs. Dates and times come back as {@code java.time} values, and the
   * session time zone is UTC unless {@code conf} says otherwise, so a job gives the same answers
   * on every machine.
   *
   * @param master a Spark master URL, or null to take it from {@code spark-submit} (local[*] if none)
   */
  public static SparkSession session(String appName, String master, Map<String, String> conf) {
    DefaultLogging.applyUnlessConfigured();
    SparkSession.Builder builder = SparkSession.builder().appName(appName)
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    conf.forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /**
   * Runs {@code job}; on failure nothing is committed, the run is recorded as failed and the
   * exception propagates. When OpenLineage is configured ({@link RunOptions#lineage()}, the
   * environment), sends START, then COMPLETE or FAIL, with the run's id. A run that fails is
   * started again, as a new run, up to {@link RunOptions#retries()} times, unless its data is bad or
   * it timed out: neither gets better by trying again.
   */
  public static RunReport run(JoineryJob job, SparkSession spark, RunOptions options, PrintStream out) {
    return run(job, spark, options, out, runId -> { });
  }

  /**
   * As {@link #run(JoineryJob, SparkSession, RunOptions, PrintStream)}, telling {@code started} the
   * id of each attempt's run as it starts, so a caller can name the run that failed.
   */
  public static RunReport run(JoineryJob job, SparkSession spark, RunOptions options, PrintStream out,
      Consumer<String> started) {
    for (int attempt = 1; ; attempt++) {
      try {
        return runOnce(job, spark, options, out, started);
      } catch (Exception e) {
        // Exception: Spark's undeclared checked exceptions are failures to retry too; rethrown as they are.
        if (attempt > options.retries() || e instanceof JoineryDataException || e instanceof JobTimeoutException) {
          throw e;
        }
        out.printf("Attempt %d of %d failed (%s); trying again%n", attempt, options.retries() + 1, shortMessage(e));
      }
    }
  }

  private static RunReport runOnce(JoineryJob job, SparkSession spark, RunOptions options, PrintStream out,
      Consumer<String> started) {
    long start = System.nanoTime();
    JoineryCatalog catalog = JoineryCatalog.open(options.catalog());
    catalog.registerJob(CatalogEntries.job(job));
    for (TableSpec table : job.sources()) {
      catalog.registerTable(CatalogEntries.table(table, options.locationOf(table), null));
    }
    for (SinkSpec sink : job.sinks()) {
      catalog.registerTable(CatalogEntries.table(sink.table(), options.locationOf(sink.table()), job.name()));
    }
    String runId = catalog.startRun(job.name());
    started.accept(runId);
    out.printf("Running job %s (%d steps), run %s%n", job.name(), job.steps().size(), runId);
    SparkSession session = runSession(spark, options);
    LineageEmitter lineage = LineageEmitter.open(job, options, runId, session, out);
    lineage.start();
    try {
      RunReport report = execute(job, session, options, out, catalog, runId, start);
      lineage.complete(report);
      return report;
    } catch (Exception | Error e) {
      lineage.fail(shortMessage(e));
      throw e;
    }
  }

  private static RunReport execute(JoineryJob job, SparkSession session, RunOptions options, PrintStream out,
      JoineryCatalog catalog, String runId, long start) {
    try (JobRun run = new JobRun(session, job, options, out, catalog, runId)) {
      try (RunDeadline deadline = RunDeadline.start(session.sparkContext(), runId, options.timeout())) {
        try {
          long checking = System.nanoTime();
          run.lockSinks();
          run.preflight();
          run.timed("check inputs", checking);
          if (run.nothingNew() == null) {
            job.run(run);
            run.checkRowCounts();
            long committing = System.nanoTime();
            run.commit();
            run.timed("commit", committing);
          } else {
            out.println("  nothing to do: " + run.nothingNew() + "; no output was changed.");
          }
          // The bookmarks advance now that the outputs are committed, and not before: a run that
          // failed or died before this line leaves them where they were, and its files are read again.
          catalog.commitBookmarks(runId);
        } catch (Exception | Error e) {
          // Exception, not RuntimeException: Spark throws checked exceptions it does not declare.
          if (deadline.expired()) {
            JobTimeoutException timedOut = new JobTimeoutException(job.name(), options.timeout(), e);
            fail(run, catalog, runId, timedOut);
            throw timedOut;
          }
          fail(run, catalog, runId, e);
          throw e;
        }
      }
      for (TableVersion version : run.committedVersions()) {
        catalog.recordVersion(version);
      }
      RunReport report = run.report(start);
      catalog.finishRun(runId, RunStatus.SUCCEEDED, null, tableRows(run));
      run.details().record(catalog);
      run.recordExpectations();
      printSummary(report, out);
      run.expectationSummary().forEach(out::println);
      run.writeSpigots();
      return report;
    }
  }

  /**
   * The rows each step of {@code job} makes and each sink would write, as Spark plans them,
   * without running anything. Input locations must exist, as Spark resolves them while planning.
   */
  public static JobPlan plan(JoineryJob job, SparkSession spark, RunOptions options) {
    JobRun run = new JobRun(runSession(spark, options), job, options,
        new PrintStream(java.io.OutputStream.nullOutputStream()), null, "plan");
    run.planOnly();
    job.run(run);
    return run.planned();
  }

  /** A session of its own for the run, with the project's Iceberg catalog and java.time values. */
  private static SparkSession runSession(SparkSession spark, RunOptions options) {
    SparkSession session = IcebergCatalogs.session(spark, options.catalog());
    session.conf().set("spark.sql.datetime.java8API.enabled", "true");
    return session;
  }

  /**
   * Drops what the run staged and records it as failed, with what is known of it: its steps and
   * timings, and the results of the {@code @Expect} rules of the reads that finished.
   */
  private static void fail(JobRun run, JoineryCatalog catalog, String runId, Throwable e) {
    run.abort();
    try {
      catalog.finishRun(runId, RunStatus.FAILED, shortMessage(e), tableRows(run));
      run.details().record(catalog);
      run.recordExpectations();
    } catch (RuntimeException recording) {
      e.addSuppressed(recording); // the run's own failure is the one to report
    }
  }

  /** The failure as the run history keeps it: the message's first lines, not Spark's whole plan. */
  private static String shortMessage(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return message.length() <= 2000 ? message : message.substring(0, 2000) + " ...";
  }

  private static List<TableRows> tableRows(JobRun run) {
    List<TableRows> rows = new ArrayList<>();
    run.rowsRead().forEach((table, n) -> rows.add(new TableRows(table, Role.READ, n)));
    run.rowsWritten().forEach((table, n) -> rows.add(new TableRows(table, Role.WRITE, n)));
    return rows;
  }

  static void printSummary(RunReport report, PrintStream out) {
    out.printf("Job %s finished in %.1f s (Spark application %s)%n", report.job(),
        report.elapsed().toMillis() / 1000.0, report.sparkAppId());
    report.rowsRead().forEach((table, rows) -> out.printf("  read    %-28s %,12d rows%n", table, rows));
    report.skippedRows().forEach((table, rows) -> out.printf("  skipped %-28s %,12d malformed rows (first: %s)%n",
        table, rows, report.firstSkipped().get(table)));
    report.rowsPerStep().forEach((step, rows) -> out.printf("  step    %-28s %,12d rows%n", step, rows));
    report.rowsWritten().forEach((table, rows) -> out.printf("  wrote   %-28s %,12d rows -> %s%n",
        table, rows, report.outputs().get(table)));
  }
}
