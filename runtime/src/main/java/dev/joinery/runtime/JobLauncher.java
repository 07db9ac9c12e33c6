package dev.joinery.runtime;

import java.io.PrintStream;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs a job on a Spark session: preflight checks, the job's plan, staged writes, commit, report. */
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

  /** Runs {@code job}; on failure nothing is committed and the exception propagates. */
  public static RunReport run(JoineryJob job, SparkSession spark, RunOptions options, PrintStream out) {
    // The session may be shared (tests, notebooks); the job's value conversions need java.time values.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    long start = System.nanoTime();
    JobRun run = new JobRun(spark, job, options, out);
    out.printf("Running job %s (%d steps)%n", job.name(), job.steps().size());
    try {
      run.preflight();
      job.run(run);
      run.commit();
    } catch (RuntimeException | Error e) {
      run.abort();
      throw e;
    }
    RunReport report = run.report(start);
    printSummary(report, out);
    return report;
  }

  /**
   * The rows each sink of {@code job} would write, as Spark plans them, without running anything.
   * Input locations must exist, as Spark resolves them while planning.
   */
  public static Map<String, Dataset<Row>> plan(JoineryJob job, SparkSession spark, RunOptions options) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JobRun run = new JobRun(spark, job, options, new PrintStream(java.io.OutputStream.nullOutputStream()));
    run.planOnly();
    job.run(run);
    return run.planned();
  }

  static void printSummary(RunReport report, PrintStream out) {
    out.printf("Job %s finished in %.1f s%n", report.job(), report.elapsed().toMillis() / 1000.0);
    report.rowsRead().forEach((table, rows) -> out.printf("  read    %-28s %,12d rows%n", table, rows));
    report.skippedRows().forEach((table, rows) -> out.printf("  skipped %-28s %,12d malformed rows (first: %s)%n",
        table, rows, report.firstSkipped().get(table)));
    report.rowsPerStep().forEach((step, rows) -> out.printf("  step    %-28s %,12d rows%n", step, rows));
    report.rowsWritten().forEach((table, rows) -> out.printf("  wrote   %-28s %,12d rows -> %s%n",
        table, rows, report.outputs().get(table)));
  }
}
