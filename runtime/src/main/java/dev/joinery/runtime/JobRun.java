package dev.joinery.runtime;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.WriteMode;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunDetails;
import dev.joinery.catalog.TableLock;
import dev.joinery.catalog.TableVersion;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import dev.joinery.runtime.iceberg.IcebergSink;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * One run of a job: what generated code calls to read tables, name steps and hand outputs to
 * sinks. Reads are checked against the tables' records; writes are staged (Iceberg staged
 * snapshots, or hidden folders beside file tables) and only reach readers at {@link #commit()},
 * after every sink has been written.
 */
public final class JobRun implements AutoCloseable {
  /** How long a run waits for another run writing the same file table. */
  static final Duration LOCK_TIMEOUT = Duration.ofMinutes(30);

  private final SparkSession spark;
  private final JoineryJob job;
  private final RunOptions options;
  private final PrintStream out;
  private final String runId;
  private final JoineryCatalog catalog;
  private final Map<String, Observation> skips = new LinkedHashMap<>();
  /** Per Parquet source, the columns whose footers count no nulls in any file. */
  private final Map<String, Set<String>> nullFree = new LinkedHashMap<>();
  private final Map<String, Observation> steps = new LinkedHashMap<>();
  /** Every step the job defined, in order, with its kind. */
  private final Map<String, String> stepKinds = new LinkedHashMap<>();
  /** Where the run's time went so far, in order. */
  private final List<RunDetails.Phase> phases = new ArrayList<>();
  private final Map<String, Observation> writes = new LinkedHashMap<>();
  private final Map<String, Long> rowsRead = new LinkedHashMap<>();
  private final List<StagedWrite> staged = new ArrayList<>();
  private final List<IcebergSink> icebergSinks = new ArrayList<>();
  private final JdbcTables jdbc;
  private final List<TableLock> locks = new ArrayList<>();
  private final List<TableVersion> committed = new ArrayList<>();
  private final Map<String, Dataset<Row>> plannedSteps = new LinkedHashMap<>();
  private final SpigotTap spigots;
  private final Expectations expectations;
  private final Map<String, Dataset<Row>> plannedSinks = new LinkedHashMap<>();
  private boolean planOnly;
  private final DataErrors dataErrors;
  private JdbcCatalog iceberg;
  private int stepsDefined;
  /** What the job's bookmarked sources hold that no successful run of it has read. */
  private final SourceBookmarks bookmarks;
  /** Why the run has nothing to do (every bookmarked source has no new rows), or null. */
  private String nothingNew;

  /**
   * @param spark a session whose catalog {@value IcebergCatalogs#NAME} is the run's (see
   *     {@link IcebergCatalogs#session})
   * @param catalog where the run records itself; null when only planning
   */
  JobRun(SparkSession spark, JoineryJob job, RunOptions options, PrintStream out, JoineryCatalog catalog,
      String runId) {
    this.spark = spark;
    this.job = job;
    this.options = options;
    this.out = out;
    this.catalog = catalog;
    this.runId = runId;
    Map<String, TableSpec> tables = new LinkedHashMap<>();
    job.sources().forEach(t -> tables.put(t.name(), t));
    Map<String, String> locations = new LinkedHashMap<>();
    job.sources().forEach(t -> locations.put(t.name(), options.locationOf(t)));
    this.dataErrors = new DataErrors(spark, tables, locations);
    this.spigots = new SpigotTap(job.spigots(), options.spigots());
    this.bookmarks = new SourceBookmarks(job, runId, catalog, out, this::iceberg, this::hadoopConf);
    this.expectations = new Expectations(job.name(), runId, options.baseDir(), hadoopConf());
    this.jdbc = new JdbcTables(options);
  }

  public SparkSession spark() {
    return spark;
  }

  /**
   * Takes the catalog lock of every file table the job writes (in name order, so two jobs never
   * wait for each other), then repairs what a killed run left there and refuses locations that
   * cannot be written safely.
   */
  void lockSinks() {
    if (!job.bookmarked().isEmpty()) {
      // Two runs of a bookmarked job at once would read the same new files: one at a time.
      locks.add(catalog.lock("bookmarks of job " + job.name(), runId, LOCK_TIMEOUT,
          message -> out.println("  " + message)));
    }
    List<SinkSpec> sinks = new ArrayList<>(job.sinks());
    sinks.sort(Comparator.comparing(s -> s.table().name()));
    for (SinkSpec sink : sinks) {
      if (sink.table().isJdbc()) {
        // The commit is one transaction; the lock keeps two runs' DELETE and INSERT from interleaving.
        locks.add(catalog.lock(sink.table().name(), runId, LOCK_TIMEOUT, message -> out.println("  " + message)));
        continue;
      }
      String location = options.locationOf(sink.table());
      LocationCheck.checkOutput(sink.table(), location, !sink.table().isIceberg());
      if (sink.table().isIceberg()) {
        continue; // Iceberg commits are optimistic and need no lock
      }
      locks.add(lockAndRepair(sink.table(), location));
    }
  }

  /** Takes the file table's catalog lock, then puts right what a killed writer left there. */
  private TableLock lockAndRepair(TableSpec table, String location) {
    TableLock lock = catalog.lock(table.name(), runId, LOCK_TIMEOUT, message -> out.println("  " + message));
    try {
      StagedWrite.repair(table.name(), location, hadoopConf()).forEach(line -> out.println("  " + line));
      return lock;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Checks that every source has rows whose files fit their records, that no sink refuses to be
   * written, and creates the Iceberg tables the job writes that do not exist yet.
   */
  void preflight() {
    ParquetFooters footers = new ParquetFooters(hadoopConf());
    SchemaDriftCheck drift = new SchemaDriftCheck(spark, footers);
    if (!job.bookmarked().isEmpty()) {
      bookmarks.recover();
    }
    for (TableSpec table : job.sources()) {
      String location = options.locationOf(table);
      long rows;
      if (table.isJdbc()) {
        rows = jdbc.rowsOf(table);
      } else if (table.isIceberg()) {
        requireIcebergTable(table);
        if (job.bookmarked().contains(table.name())) {
          rows = bookmarks.newSnapshots(table).rows();
        } else {
          rows = SourceRows.ofIceberg(iceberg(), table);
        }
      } else {
        List<Path> files = DataFiles.list(location, hadoopConf());
        if (files.isEmpty() && catalog != null) {
          files = repairSource(table, location);
        }
        boolean bookmarked = job.bookmarked().contains(table.name());
        // A bookmarked folder may be empty once its files were processed and moved away, but not
        // before any was: that is a wrong location, as for any other source.
        boolean noFilesEver = files.isEmpty()
            && (!bookmarked || catalog.bookmarkFiles(job.name(), table.name(), false).isEmpty());
        if (bookmarked) {
          files = bookmarks.newFiles(table, location);
        }
        if (noFilesEver && !table.allowEmpty()) {
          throw new JoineryDataException(table.name(), null, null, "Table " + table.name()
              + ": no data files at " + location + ". Check @Table(location = \"" + table.location()
              + "\") or pass --input " + table.name() + "=PATH; if the table may be empty, set @Table(allowEmpty = true).");
        }
        PartitionFolders.check(table, location, files);
        drift.check(table, files);
        if (table.format() == Format.PARQUET) {
          nullFree.put(table.name(), footers.nullFreeColumns(files, List.of(table.schema().fieldNames())));
        }
        rows = files.isEmpty() ? 0 : SourceRows.ofFiles(spark, table, location, files, bookmarked, footers);
      }
      if (rows == 0 && !table.allowEmpty() && !job.bookmarked().contains(table.name())) {
        throw new JoineryDataException(table.name(), location, null, "Table " + table.name() + " has no rows at "
            + location + ", so this run would replace its outputs with empty tables; nothing was written."
            + " If an empty input is expected, set @Table(allowEmpty = true).");
      }
      rowsRead.put(table.name(), rows);
    }
    checkLookedUpTables();
    if (!job.bookmarked().isEmpty() && job.bookmarked().stream().allMatch(t -> rowsRead.getOrDefault(t, 0L) == 0)) {
      nothingNew = bookmarks.whyNothingNew();
    }
    for (SinkSpec sink : job.sinks()) {
      TableSpec table = sink.table();
      String location = options.locationOf(table);
      if (table.isJdbc()) {
        jdbc.prepare(spark, sink, runId).forEach(line -> out.println("  " + line));
      }
      if (table.isIceberg()) {
        IcebergSink.createIfMissing(iceberg(), table.name(), table.schema(), table.partitionBy(), location);
      }
      if (sink.mode() == WriteMode.ERROR_IF_EXISTS && hasRows(table, location)) {
        throw new JoineryDataException(table.name(), location, null, "Table " + table.name()
            + " already has data at " + location + " and its sink's mode is ERROR_IF_EXISTS.");
      }
    }
  }

  /** The tables that sources' {@code in} rules look values up in must be there, or the rule could only fail. */
  private void checkLookedUpTables() {
    for (TableSpec source : job.sources()) {
      for (TableRule rule : source.rules()) {
        if (rule.other() == null) {
          continue;
        }
        TableSpec other = rule.other();
        if (other.isIceberg()) {
          requireIcebergTable(other);
        } else if (!other.isJdbc() && DataFiles.list(options.locationOf(other), hadoopConf()).isEmpty() && !other.allowEmpty()) {
          throw new JoineryDataException(other.name(), null, null, "Table " + other.name() + ", in which rule "
              + rule.name() + " of table " + source.name() + " looks values up, has no data files at "
              + options.locationOf(other) + "; check its location or pass --input " + other.name() + "=PATH.");
        }
      }
    }
  }

  /**
   * The rows of a source table, checked against the record. Every column is checked, whether the
   * job uses it or not, so a table's bad rows are the same for every job that reads it; a column
   * is left unread only where the files prove it right (Parquet footers that count no nulls,
   * required Iceberg columns). Columns come named as the record's components.
   */
  public Dataset<Row> read(TableSpec table) {
    return expectations.apply(table, table.columnNames().toComponents(checkedRows(table, true)), this::lookedUp);
  }

  /** A table that an {@code in} rule looks values up in: whole, checked, its columns named as components. */
  private Dataset<Row> lookedUp(TableSpec table) {
    return table.columnNames().toComponents(checkedRows(table, false));
  }

  /**
   * The rows of a table, checked against its record, before its {@code @Expect} rules; its columns
   * named as the data names them.
   *
   * @param incremental whether a bookmarked source gives only its new rows; a table that an {@code
   *     in} rule looks values up in is read whole
   */
  private Dataset<Row> checkedRows(TableSpec table, boolean incremental) {
    List<Path> chosen = incremental ? bookmarks.filesOf(table.name()) : null;
    if (chosen != null && chosen.isEmpty()) {
      return spark.createDataFrame(List.of(), table.schema()); // bookmarked, and nothing new
    }
    boolean textual = table.format() == Format.CSV || table.format() == Format.JSON;
    RawRows raw;
    Set<String> checked = new HashSet<>(List.of(table.schema().fieldNames()));
    if (table.isJdbc()) {
      raw = jdbc.read(spark, table, checked);
    } else if (table.isIceberg()) {
      SnapshotRange range = incremental ? bookmarks.snapshotsOf(table.name()) : null;
      if (range != null && range.isEmpty()) {
        return spark.createDataFrame(List.of(), table.schema()); // bookmarked, and nothing new
      }
      Dataset<Row> rows = range == null ? spark.read().table(IcebergCatalogs.sparkName(table.name()))
          : range.reader(spark.read()).table(IcebergCatalogs.sparkName(table.name()));
      IcebergSchemaCheck.check(table, rows.schema());
      for (StructField field : rows.schema().fields()) {
        if (!field.nullable() && !isEnum(table, field.name())) {
          checked.remove(field.name()); // Iceberg refuses nulls in a required column on every write
        }
      }
      raw = new RawRows(rows, col("_file"), lit(""), List.of());
    } else {
      if (table.allowEmpty() && !DataFiles.exists(options.locationOf(table), hadoopConf())) {
        return spark.createDataFrame(List.of(), table.schema()); // allowed to be empty, and not even there
      }
      raw = RawRows.of(spark, table, options.locationOf(table),
          chosen == null ? null : chosen.stream().map(Path::toString).toList());
      for (String column : nullFree.getOrDefault(table.name(), Set.of())) {
        if (!isEnum(table, column)) {
          checked.remove(column); // the footers count no nulls: a check could only cost time
        }
      }
    }
    Dataset<Row> rows = raw.rows();
    Column problem = RowChecks.problem(table, textual, raw.valueProblems(), checked);
    Dataset<Row> accepted = rows;
    if (problem != null && table.malformedRows() == MalformedRows.SKIP) {
      Observation skipped = observation("skipped", table.name());
      skips.put(table.name(), skipped);
      Column described = when(problem.isNotNull(), RowChecks.marker(table, problem, raw.file(), raw.text()));
      accepted = rows.observe(skipped,
              sum(when(problem.isNotNull(), 1).otherwise(0)).as("rows"), min(described).as("first"))
          .filter(problem.isNull());
    } else if (problem != null) {
      accepted = RowChecks.failOnProblem(rows, table, problem, raw.file(), raw.text());
    }
    return RowChecks.recordColumns(accepted, table);
  }

  private static boolean isEnum(TableSpec table, String column) {
    return table.schema().apply(column).metadata().contains(RowChecks.ENUM_METADATA);
  }

  /**
   * Registers a step's output so the run can report progress, and with {@link RunOptions#countSteps()}
   * count its rows (which stops Spark from moving later filters below the step).
   */
  public Dataset<Row> step(String name, String kind, Dataset<Row> output) {
    stepsDefined++;
    stepKinds.put(name, kind);
    if (planOnly) {
      plannedSteps.put(name, output);
    }
    spigots.offer(name, output);
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

  /** Each step's rows and the rows each sink table would get, when planning only. */
  JobPlan planned() {
    return new JobPlan(plannedSteps, plannedSinks);
  }

  /**
   * Writes a sink's rows where readers do not see them yet; the table changes only at {@link
   * #commit()}, or, for a job whose only sink is an Iceberg table, in that table's one atomic commit.
   */
  public void write(SinkSpec sink, Dataset<Row> steps) {
    if (planOnly) {
      plannedSinks.put(sink.table().name(), sink.table().columnNames().toColumns(steps));
      return;
    }
    Observation rows = observation("write", sink.table().name());
    writes.put(sink.table().name(), rows);
    out.printf("  writing %s from step %s ...%n", sink.table().name(), sink.step());
    long start = System.nanoTime();
    String phase = "write " + sink.table().name() + " (steps up to " + sink.step() + ")";
    // The table's own rules hold for what this run writes too: checked, on the components' names as
    // rules are, before anything is committed.
    Dataset<Row> checked = sink.table().columnNames().toColumns(expectations.apply(sink.table(), steps,
        this::lookedUp));
    Dataset<Row> observed = checked.observe(rows, count(lit(1)).as("rows"));
    boolean committedAtOnce = sink.table().isIceberg() && job.sinks().size() == 1;
    try {
      expectations.stageQuarantine(out); // before any sink, which may commit at once
      if (sink.table().isIceberg()) {
        IcebergSink write = new IcebergSink(spark, iceberg(), sink.table().name(), sink.mode(), runId,
            committedAtOnce);
        icebergSinks.add(write);
        write.write(observed);
      } else if (sink.table().isJdbc()) {
        jdbc.stage(sink, observed);
      } else {
        StagedWrite write = new StagedWrite(sink, options.locationOf(sink.table()), runId, hadoopConf());
        staged.add(write);
        write.stage(observed);
      }
    } catch (Exception e) {
      // Spark also throws checked exceptions it does not declare (a file gone: SparkException).
      Optional<JoineryDataException> explained = expectations.explain(e).or(() -> dataErrors.explain(e));
      if (explained.isPresent()) {
        throw explained.get();
      }
      throw StepFailure.writing(job, sink, e);
    } finally {
      timed(phase, start);
    }
    out.printf("  %s %s in %.1f s%n", committedAtOnce ? "wrote  " : "staged ",
        sink.table().name(), (System.nanoTime() - start) / 1e9);
  }

  /** Adds a part of the run that began at {@code startNanos} and ends now to the run's timings. */
  void timed(String phase, long startNanos) {
    phases.add(new RunDetails.Phase(phase, (System.nanoTime() - startNanos) / 1_000_000));
  }

  /** The run's Spark application, steps with the rows counted, and timings, as the run history keeps them. */
  RunDetails details() {
    Map<String, Long> rows = counts(steps);
    List<RunDetails.Step> list = new ArrayList<>();
    stepKinds.forEach((name, kind) -> list.add(new RunDetails.Step(name, kind, rows.get(name))));
    return new RunDetails(runId, spark.sparkContext().applicationId(), list, phases);
  }

  /** Fails the run, before it commits, if a source's row count breaks a {@code FAIL} rule. */
  void checkRowCounts() {
    expectations.checkRowCounts();
  }

  /** Publishes every Iceberg sink's snapshot and swaps every file sink into place. */
  void commit() {
    expectations.stageQuarantine(out);
    for (IcebergSink sink : icebergSinks) {
      long snapshot = sink.publish();
      committed.add(new TableVersion(sink.tableName(), runId, snapshot, "commit", null, Instant.now()));
      out.printf("  committed %s: snapshot %d%n", sink.tableName(), snapshot);
    }
    for (IcebergSink sink : icebergSinks) {
      int expired = sink.expireByPolicy();
      if (expired > 0) {
        out.printf("  expired %d old snapshots of %s (retention policy)%n", expired, sink.tableName());
      }
    }
    for (StagedWrite write : staged) {
      write.commit();
      committed.add(new TableVersion(write.sink().table().name(), runId, null, "swap", null, Instant.now()));
    }
    for (String table : jdbc.commit(out)) {
      committed.add(new TableVersion(table, runId, null, "transaction", null, Instant.now()));
    }
    expectations.commit();
    if (catalog != null) {
      expectations.register(catalog);
    }
  }

  /** The versions {@link #commit()} made, with the rows each run wrote. */
  List<TableVersion> committedVersions() {
    Map<String, Long> written = counts(writes);
    return committed.stream().map(v -> new TableVersion(v.table(), v.runId(), v.snapshotId(),
        modeOf(v.table()).name(), written.get(v.table()), v.committedAt())).toList();
  }

  /** Writes the samples the run's spigots took; called once the outputs are committed. */
  void writeSpigots() {
    spigots.write(job.name(), options.baseDir(), catalog, out);
  }

  /** Drops every staged output; tables keep their previous contents. */
  void abort() {
    staged.forEach(StagedWrite::abort);
    jdbc.abort();
    expectations.abort();
  }

  /** Releases the run's table locks and its Iceberg catalog connection. */
  @Override
  public void close() {
    locks.forEach(TableLock::close);
    locks.clear();
    if (iceberg != null) {
      iceberg.close();
    }
  }

  /** What the run did; waits for Spark to deliver the row counts, so the elapsed time ends after them. */
  RunReport report(long startNanos) {
    Map<String, String> outputs = new LinkedHashMap<>();
    job.sinks().forEach(s -> outputs.put(s.table().name(), s.table().isJdbc() ? jdbc.describe(s.table())
        : s.table().isIceberg()
        ? "Iceberg table " + s.table().name() + " at " + options.locationOf(s.table())
        : new Path(options.locationOf(s.table())).toString()));
    Map<String, String> firstSkipped = new LinkedHashMap<>();
    Map<String, Long> skipped = new LinkedHashMap<>();
    skips.forEach((table, o) -> {
      Map<String, Object> m = ObservedMetrics.of(o);
      if (m != null && m.get("rows") != null && ((Number) m.get("rows")).longValue() > 0) {
        skipped.put(table, ((Number) m.get("rows")).longValue());
        String first = String.valueOf(m.get("first"));
        firstSkipped.put(table, dataErrors.fromMarker(first, false).map(Throwable::getMessage).orElse(first));
      }
    });
    Map<String, Long> phaseMillis = new LinkedHashMap<>();
    phases.forEach(p -> phaseMillis.merge(p.name(), p.millis(), Long::sum));
    return new RunReport(job.name(), runId, spark.sparkContext().applicationId(), rowsRead, counts(steps),
        counts(writes), skipped, firstSkipped, outputs, expectations.results(), phaseMillis,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** What the sources' {@code @Expect} rules found, one line per rule, for the run summary. */
  List<String> expectationSummary() {
    return expectations.summary();
  }

  /**
   * Records in the catalog what the sources' {@code @Expect} rules found in this run: all of them
   * for a run that succeeded, those of the reads that finished for one that failed.
   */
  void recordExpectations() {
    dev.joinery.catalog.ExpectationResults.record(catalog, expectations.catalogResults(Instant.now()));
  }

  Map<String, Long> rowsRead() {
    return rowsRead;
  }

  Map<String, Long> rowsWritten() {
    return counts(writes);
  }

  private WriteMode modeOf(String table) {
    return job.sinks().stream().filter(s -> s.table().name().equals(table)).findFirst().orElseThrow().mode();
  }

  /**
   * Why this run has nothing to do: every bookmarked source has no new files (or no rows in them),
   * so it writes nothing, rather than replacing an output with nothing; null if it has work.
   */
  String nothingNew() {
    return nothingNew;
  }

  /**
   * A file table found empty may be one whose swap a killed writer left half done: repair it under
   * its lock, as its next writer would, and list its files again.
   */
  private List<Path> repairSource(TableSpec table, String location) {
    lockAndRepair(table, location).close();
    return DataFiles.list(location, hadoopConf());
  }

  private void requireIcebergTable(TableSpec table) {
    TableIdentifier id = IcebergCatalogs.identifier(table.name());
    if (!iceberg().tableExists(id)) {
      String writer = catalog == null ? null : catalog.table(table.name()).map(t -> t.writerJob()).orElse(null);
      throw new JoineryDataException(table.name(), null, null, "Table " + table.name()
          + " is an Iceberg table that no run has written yet" + (writer == null ? "" : "; run " + writer + " first")
          + ". (Catalog: " + options.catalog() + ")");
    }
  }

  private boolean hasRows(TableSpec table, String location) {
    if (table.isJdbc()) {
      return jdbc.hasRows(table);
    }
    if (table.isIceberg()) {
      return SourceRows.ofIceberg(iceberg(), table) > 0;
    }
    return DataFiles.hasData(location, hadoopConf());
  }

  private JdbcCatalog iceberg() {
    if (iceberg == null) {
      iceberg = IcebergCatalogs.open(options.catalog(), hadoopConf());
    }
    return iceberg;
  }

  private Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  private Map<String, Long> counts(Map<String, Observation> observations) {
    Map<String, Long> counts = new LinkedHashMap<>();
    observations.forEach((name, o) -> {
      Map<String, Object> m = ObservedMetrics.of(o);
      if (m != null) {
        counts.put(name, ((Number) m.get("rows")).longValue());
      }
    });
    return counts;
  }

  private Observation observation(String what, String name) {
    return new Observation("joinery_" + what + "_" + name.replaceAll("\\W", "_") + "_" + runId.replace('-', '_'));
  }
}
