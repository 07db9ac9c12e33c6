package dev.joinery.runtime;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.WriteMode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import scala.concurrent.Await;
import scala.concurrent.duration.FiniteDuration;

/**
 * One run of a job: what generated code calls to read tables, name steps and hand outputs to
 * sinks. Reads are checked against the tables' records; writes are staged and only replace the
 * tables when {@link #commit()} is called after every sink has been written.
 */
public final class JobRun {
  private final SparkSession spark;
  private final JoineryJob job;
  private final RunOptions options;
  private final PrintStream out;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Observation> skips = new LinkedHashMap<>();
  private final Map<String, Observation> steps = new LinkedHashMap<>();
  private final Map<String, Observation> writes = new LinkedHashMap<>();
  private final List<StagedWrite> staged = new ArrayList<>();
  private final Map<String, Dataset<Row>> planned = new LinkedHashMap<>();
  private boolean planOnly;
  private final DataErrors dataErrors;
  private final ScanMetrics scans;
  private int stepsDefined;

  JobRun(SparkSession spark, JoineryJob job, RunOptions options, PrintStream out) {
    this.spark = spark;
    this.job = job;
    this.options = options;
    this.out = out;
    Map<String, TableSpec> tables = new LinkedHashMap<>();
    job.sources().forEach(t -> tables.put(t.name(), t));
    this.dataErrors = new DataErrors(spark, tables);
    Map<String, String> locations = new LinkedHashMap<>();
    job.sources().forEach(t -> locations.put(t.name(), options.locationOf(t)));
    this.scans = new ScanMetrics(locations);
  }

  public SparkSession spark() {
    return spark;
  }

  /** Checks that every source has data whose files fit their records, and that no sink refuses to be written. */
  void preflight() {
    SchemaDriftCheck drift = new SchemaDriftCheck(spark);
    for (TableSpec table : job.sources()) {
      String location = options.locationOf(table);
      List<Path> files = DataFiles.list(location, spark.sparkContext().hadoopConfiguration());
      if (files.isEmpty()) {
        throw new JoineryDataException(table.name(), null, null, "Table " + table.name()
            + ": no data files at " + location + ". Check @Table(location = \"" + table.location()
            + "\") or pass --input " + table.name() + "=PATH.");
      }
      drift.check(table, files);
    }
    for (SinkSpec sink : job.sinks()) {
      String location = options.locationOf(sink.table());
      if (sink.mode() == WriteMode.ERROR_IF_EXISTS
          && DataFiles.hasData(location, spark.sparkContext().hadoopConfiguration())) {
        throw new JoineryDataException(sink.table().name(), location, null, "Table " + sink.table().name()
            + " already has data at " + location + " and its sink's mode is ERROR_IF_EXISTS.");
      }
    }
  }

  /** The rows of a source table, each checked against the table's record. */
  public Dataset<Row> read(TableSpec table) {
    return read(table, java.util.Arrays.asList(table.schema().fieldNames()));
  }

  /**
   * The rows of a source table, checked against the record in the columns the job uses (the
   * generated runner knows them from the job's lineage).
   */
  public Dataset<Row> read(TableSpec table, List<String> usedColumns) {
    boolean textual = table.format() == Format.CSV || table.format() == Format.JSON;
    DataFrameReader reader = spark.read().format(table.sparkFormat()).options(table.options());
    if (textual) {
      reader = reader
          .schema(table.schema().add(RowChecks.CORRUPT_RECORD, DataTypes.StringType, true))
          .option("mode", "PERMISSIVE")
          .option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD);
    } else {
      reader = reader.schema(table.schema());
    }
    Dataset<Row> raw = reader.load(options.locationOf(table));
    Column problem = RowChecks.problem(table, textual, new java.util.HashSet<>(usedColumns));
    Dataset<Row> checked = raw;
    if (problem != null && table.malformedRows() == MalformedRows.SKIP) {
      Observation skipped = observation("skipped", table.name());
      skips.put(table.name(), skipped);
      Column described = when(problem.isNotNull(), RowChecks.marker(table, problem, textual));
      checked = raw.observe(skipped,
              sum(when(problem.isNotNull(), 1).otherwise(0)).as("rows"), min(described).as("first"))
          .filter(problem.isNull());
    } else if (problem != null) {
      checked = RowChecks.failOnProblem(raw, table, problem, textual);
    }
    return RowChecks.recordColumns(checked, table);
  }

  /**
   * Registers a step's output so the run can report progress, and with {@link RunOptions#countSteps()}
   * count its rows (which stops Spark from moving later filters below the step).
   */
  public Dataset<Row> step(String name, String kind, Dataset<Row> output) {
    stepsDefined++;
    out.printf("  [%d/%d] %-24s %s%n", stepsDefined, job.steps().size(), name, kind);
    if (!options.countSteps()) {
      return output;
    }
    Observation rows = observation("step", name);
    steps.put(name, rows);
    return output.observe(rows, count(lit(1)).as("rows"));
  }

  /** Makes {@link #write} keep each sink's rows for {@link #planned()} instead of writing them. */
  void planOnly() {
    planOnly = true;
  }

  /** Per sink table, the rows a run would write, when planning only. */
  Map<String, Dataset<Row>> planned() {
    return planned;
  }

  /** Writes a sink's rows to a staging location; the table changes only at {@link #commit()}. */
  public void write(SinkSpec sink, Dataset<Row> data) {
    if (planOnly) {
      planned.put(sink.table().name(), data);
      return;
    }
    StagedWrite write = new StagedWrite(sink, options.locationOf(sink.table()), runId,
        spark.sparkContext().hadoopConfiguration());
    staged.add(write);
    Observation rows = observation("write", sink.table().name());
    writes.put(sink.table().name(), rows);
    out.printf("  writing %s from step %s ...%n", sink.table().name(), sink.step());
    long start = System.nanoTime();
    spark.listenerManager().register(scans);
    try {
      write.stage(data.observe(rows, count(lit(1)).as("rows")));
      scans.collectNext();
    } catch (RuntimeException e) {
      throw dataErrors.explain(e).<RuntimeException>map(d -> d).orElse(e);
    } finally {
      spark.listenerManager().unregister(scans);
    }
    out.printf("  staged  %s in %.1f s%n", sink.table().name(), (System.nanoTime() - start) / 1e9);
  }

  /** Swaps every staged output into place. */
  void commit() {
    for (StagedWrite write : staged) {
      write.commit();
    }
  }

  /** Drops every staged output; tables keep their previous contents. */
  void abort() {
    staged.forEach(StagedWrite::abort);
  }

  /** What the run did; waits for Spark to deliver the row counts, so the elapsed time ends after them. */
  RunReport report(long startNanos) {
    Map<String, String> outputs = new LinkedHashMap<>();
    staged.forEach(w -> outputs.put(w.sink().table().name(), w.location().toString()));
    Map<String, String> firstSkipped = new LinkedHashMap<>();
    Map<String, Long> skipped = new LinkedHashMap<>();
    skips.forEach((table, o) -> {
      Map<String, Object> m = metrics(o);
      if (m != null && m.get("rows") != null && ((Number) m.get("rows")).longValue() > 0) {
        skipped.put(table, ((Number) m.get("rows")).longValue());
        String first = String.valueOf(m.get("first"));
        firstSkipped.put(table, dataErrors.fromMarker(first, false).map(Throwable::getMessage).orElse(first));
      }
    });
    Map<String, Long> rowsRead = scans.rowsRead();
    Map<String, Long> rowsPerStep = counts(steps);
    Map<String, Long> rowsWritten = counts(writes);
    return new RunReport(job.name(), rowsRead, rowsPerStep, rowsWritten, skipped, firstSkipped, outputs,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private Map<String, Long> counts(Map<String, Observation> observations) {
    Map<String, Long> counts = new LinkedHashMap<>();
    observations.forEach((name, o) -> {
      Map<String, Object> m = metrics(o);
      if (m != null) {
        counts.put(name, ((Number) m.get("rows")).longValue());
      }
    });
    return counts;
  }

  /** The observation's metrics, or null if no action ran over it. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> metrics(Observation o) {
    try {
      // Metrics arrive through Spark's listener bus just after the action returns.
      Await.ready(o.future(), FiniteDuration.apply(2, TimeUnit.SECONDS));
      return (Map<String, Object>) (Map<?, ?>) o.getAsJava();
    } catch (Exception notObserved) {
      return null;
    }
  }

  private Observation observation(String what, String name) {
    return new Observation("joinery_" + what + "_" + name.replaceAll("\\W", "_") + "_" + runId);
  }
}
