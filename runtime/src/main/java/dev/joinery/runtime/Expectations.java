package dev.joinery.runtime;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.WriteMode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code @Expect} rules of a run's source tables, applied as Spark column expressions when
 * {@link JobRun#read} reads a table: counted with one {@link Observation} per read (no extra pass),
 * rows breaking a {@code QUARANTINE} rule removed from the input and staged to
 * {@code .joinery/quarantine/<job>/<table>/} (committed with the run's outputs), rows breaking a
 * {@code FAIL} rule failing the run before anything is committed.
 *
 * <p>Generated code carries the rules in the table schema's field metadata ({@link #metadata}).
 */
public final class Expectations {
  static final String METADATA_KEY = "joinery.expect";
  /** Marks the message a failing rule raises inside Spark, so the run can report just that. */
  private static final String MARKER = "JOINERY-EXPECT|";

  /** A rule as generated code declares it. */
  public static Metadata rule(String name, String action, String kind, String min, String max, String pattern,
      String... oneOf) {
    return new MetadataBuilder().putString("name", name).putString("action", action).putString("kind", kind)
        .putString("min", min).putString("max", max).putString("pattern", pattern)
        .putStringArray("oneOf", oneOf).build();
  }

  /** The metadata of a column that has none but rules. */
  public static Metadata noMetadata() {
    return Metadata.empty();
  }

  /** A column's metadata: {@code base} plus its rules. */
  public static Metadata metadata(Metadata base, Metadata... rules) {
    return new MetadataBuilder().withMetadata(base).putMetadataArray(METADATA_KEY, rules).build();
  }

  /**
   * One rule of a table: on one column (from the schema's metadata), or from the table's {@link
   * TableRule}s ({@code tableRule} set; {@code column} is {@code "*"} for a rule on whole rows).
   *
   * @param helper the column {@link #apply} adds for the rule to read, for {@code unique} (how many
   *     rows hold the value) and {@code in} (the other table's matching value)
   */
  record Rule(String table, String column, DataType type, String name, String action, String kind, String min,
      String max, String pattern, String[] oneOf, TableRule tableRule, String helper) {

    static Rule of(String table, TableRule rule, String helper) {
      return new Rule(table, rule.column(), null, rule.name(), rule.action(), rule.kind(), "", "", "", new String[0],
          rule, helper);
    }

    /** Whether the rule judges each row (all but row counts, which judge the read). */
    boolean perRow() {
      return !kind.equals("row_count");
    }

    /** True where the row breaks the rule; never null. */
    Column broken() {
      Column value = col(column);
      switch (kind) {
        case "unique":
          return value.isNotNull().and(col(helper).gt(1));
        case "in":
          return value.isNotNull().and(col(helper).isNull());
        case "condition":
          return not(coalesce(tableRule.holds(), lit(false)));
        case "not_null":
          return value.isNull();
        case "range": {
          Column outside = lit(false);
          if (!min.isEmpty()) {
            outside = outside.or(value.lt(lit(min).cast(type)));
          }
          if (!max.isEmpty()) {
            outside = outside.or(value.gt(lit(max).cast(type)));
          }
          return value.isNotNull().and(outside);
        }
        case "one_of":
          return value.isNotNull().and(not(value.isin((Object[]) oneOf)));
        case "pattern":
          // rlike finds; \A(?:...)\z makes it the whole-value match of String.matches.
          return value.isNotNull().and(not(value.rlike("\\A(?:" + pattern + ")\\z")));
        default:
          throw new IllegalStateException("unknown rule kind " + kind);
      }
    }

    /** The rule as a reader would state it. */
    String describe() {
      switch (kind) {
        case "not_null":
          return "not null";
        case "range":
          return (min.isEmpty() ? "" : ">= " + min) + (min.isEmpty() || max.isEmpty() ? "" : " and ")
              + (max.isEmpty() ? "" : "<= " + max);
        case "one_of":
          return "one of " + String.join(", ", oneOf);
        case "unique":
          return "unique";
        case "pattern":
          return "matches " + pattern;
        default:
          return tableRule.description();
      }
    }

    /** Why the row broke the rule, with its value. */
    Column reason() {
      if (column.equals("*")) {
        return lit("row breaks rule " + name + " (" + describe() + ")");
      }
      return concat(lit("column " + column + " = "), coalesce(col(column).cast("string"), lit("null")),
          lit(" breaks rule " + name + " (" + describe() + ")"));
    }

    /** The offending value a failing rule names: the column's, or the whole row's. */
    Column offending(String[] columns) {
      if (!column.equals("*")) {
        return coalesce(col(column).cast("string"), lit("null"));
      }
      return concat_ws(", ", Arrays.stream(columns).map(c -> coalesce(col(c).cast("string"), lit("null")))
          .toArray(Column[]::new));
    }
  }

  /**
   * The rules on a table: its columns' in column order, then its {@link TableSpec#rules()}. Rules
   * name the record's components, as the rows they check do (see {@link ColumnNames}).
   */
  static List<Rule> of(TableSpec table) {
    List<Rule> rules = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      if (!field.metadata().contains(METADATA_KEY)) {
        continue;
      }
      for (Metadata m : field.metadata().getMetadataArray(METADATA_KEY)) {
        rules.add(new Rule(table.name(), table.columnNames().componentOf(field.name()), field.dataType(),
            m.getString("name"), m.getString("action"), m.getString("kind"), m.getString("min"), m.getString("max"),
            m.getString("pattern"), m.getStringArray("oneOf"), null, "_joinery_rule_" + rules.size()));
      }
    }
    for (TableRule rule : table.rules()) {
      rules.add(Rule.of(table.name(), rule, "_joinery_rule_" + rules.size()));
    }
    return rules;
  }

  /** One read of a table with rules: its rules, their counts, and the rows to quarantine. */
  private record Checked(TableSpec table, List<Rule> rules, Observation counts, Dataset<Row> quarantine) {}

  /** Per rule, what a run found. */
  public record Result(String table, String rule, String kind, String column, String action, long checked,
      long failed) {}

  private final String job;
  private final String runId;
  private final java.nio.file.Path baseDir;
  private final Configuration conf;
  private final List<Checked> reads = new ArrayList<>();
  private final Map<String, StagedWrite> staged = new LinkedHashMap<>();
  /** What the rules found, once the run has ended; null before. */
  private List<Result> results;

  Expectations(String job, String runId, java.nio.file.Path baseDir, Configuration conf) {
    this.job = job;
    this.runId = runId;
    this.baseDir = baseDir;
    this.conf = conf;
  }

  /**
   * The table's rows with its rules applied: counted, failing, quarantined rows removed.
   *
   * @param other reads a table that an {@code in} rule looks values up in, with its checks but not its rules
   */
  Dataset<Row> apply(TableSpec table, Dataset<Row> rows, Function<TableSpec, Dataset<Row>> other) {
    List<Rule> rules = of(table);
    if (rules.isEmpty()) {
      return rows;
    }
    String[] components = Arrays.stream(table.schema().fieldNames()).map(table.columnNames()::componentOf)
        .toArray(String[]::new);
    Column[] columns = Arrays.stream(components).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> prepared = rows;
    for (Rule rule : rules) {
      if (rule.kind().equals("unique")) {
        prepared = prepared.withColumn(rule.helper(), count(lit(1)).over(Window.partitionBy(col(rule.column()))));
      } else if (rule.kind().equals("in")) {
        // Distinct values, so the left join keeps every row once.
        Dataset<Row> values = other.apply(rule.tableRule().other())
            .select(col(rule.tableRule().otherColumn()).as(rule.helper())).distinct();
        prepared = prepared.join(values, col(rule.column()).equalTo(col(rule.helper())), "left");
      }
    }
    List<Column> aggregates = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).perRow()) {
        aggregates.add(sum(when(rules.get(i).broken(), 1).otherwise(0)).as("r" + i));
      }
    }
    Observation counts = new Observation("joinery_expect_" + table.name().replaceAll("\\W", "_") + "_"
        + reads.size() + "_" + runId.replace('-', '_'));
    Column failing = null;
    Column quarantined = null;
    Column firstRule = null;
    List<Column> reasons = new ArrayList<>();
    for (Rule rule : rules) {
      if (!rule.perRow()) {
        continue;
      }
      if (rule.action().equals("FAIL")) {
        Column error = raise_error(concat(lit(MARKER + "Job " + job + ": table " + table.name() + ", "
            + (rule.column().equals("*") ? "a row" : "column " + rule.column()) + " breaks FAIL rule " + rule.name()
            + " (" + rule.describe() + "); first offending " + (rule.column().equals("*") ? "row" : "value") + ": "),
            rule.offending(components), lit(". Nothing was committed." + MARKER)));
        failing = failing == null ? when(rule.broken(), error) : failing.when(rule.broken(), error);
      } else if (rule.action().equals("QUARANTINE")) {
        quarantined = quarantined == null ? rule.broken() : quarantined.or(rule.broken());
        firstRule = firstRule == null ? when(rule.broken(), lit(rule.name()))
            : firstRule.when(rule.broken(), lit(rule.name()));
        reasons.add(when(rule.broken(), rule.reason()));
      }
    }
    Dataset<Row> checked = failing == null ? prepared : prepared.filter(failing.otherwise(lit(true)));
    Dataset<Row> observed = checked.observe(counts, count(lit(1)).as("rows"),
        aggregates.toArray(Column[]::new));
    Dataset<Row> quarantine = null;
    Dataset<Row> kept = observed;
    if (quarantined != null) {
      kept = observed.filter(not(quarantined));
      quarantine = checked.filter(quarantined).select(plus(columns,
          firstRule.as("_rule"), concat_ws("; ", reasons.toArray(Column[]::new)).as("_reason"),
          lit(runId).as("_run_id"), lit(job).as("_job")));
    }
    reads.add(new Checked(table, rules, counts, quarantine));
    return prepared == rows ? kept : kept.select(columns);
  }

  private static Column[] plus(Column[] columns, Column... more) {
    Column[] all = Arrays.copyOf(columns, columns.length + more.length);
    System.arraycopy(more, 0, all, columns.length, more.length);
    return all;
  }

  /** Where a table's quarantined rows go. */
  String quarantineLocation(String table) {
    return baseDir.resolve(".joinery").resolve("quarantine").resolve(job).resolve(table).toString();
  }

  /** Stages the quarantined rows of every read not staged yet (an action per table), appending to the side table. */
  void stageQuarantine(PrintStream out) {
    for (Checked read : reads) {
      String table = read.table().name();
      if (read.quarantine() == null || staged.containsKey(table)) {
        continue;
      }
      StructType schema = read.quarantine().schema();
      TableSpec side = new TableSpec(catalogName(table), Format.PARQUET, quarantineLocation(table), schema,
          List.of(), Map.of(), MalformedRows.FAIL, true, "Rows of " + table + " quarantined by its @Expect rules");
      StagedWrite write = new StagedWrite(new SinkSpec("quarantine", side, WriteMode.APPEND), side.location(), runId,
          conf);
      staged.put(table, write);
      out.printf("  staging quarantined rows of %s ...%n", table);
      write.stage(read.quarantine());
    }
  }

  /** The name under which the catalog (and {@code joinery sql}) knows a table's quarantine: {@code quarantine.<job>_<db>_<table>}. */
  String catalogName(String table) {
    return "quarantine." + (job + "_" + table).replaceAll("\\W", "_");
  }

  /** Registers the quarantine tables this run committed, so {@code joinery sql} can query them. */
  void register(dev.joinery.catalog.JoineryCatalog catalog) {
    for (StagedWrite write : staged.values()) {
      TableSpec side = write.sink().table();
      catalog.registerTable(CatalogEntries.table(side, side.location(), job));
    }
  }

  /** Swaps the staged quarantine tables into place. */
  void commit() {
    staged.values().forEach(StagedWrite::commit);
  }

  void abort() {
    staged.values().forEach(StagedWrite::abort);
  }

  /** The failing rule's message inside a Spark failure, as a data error of the run. */
  java.util.Optional<JoineryDataException> explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      int start = message.indexOf(MARKER);
      int end = start < 0 ? -1 : message.indexOf(MARKER, start + MARKER.length());
      if (end > start) {
        String text = message.substring(start + MARKER.length(), end);
        String table = text.replaceFirst("^Job [^:]*: table (\\S+), .*$", "$1");
        return java.util.Optional.of(new JoineryDataException(table, null, null, text));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Per rule of every read that finished, rows checked and broken. Asked once the run has ended
   * (its report, the catalog, the summary): read from the observations once, since each one that
   * never delivered costs a wait.
   */
  List<Result> results() {
    if (results == null) {
      results = observedResults();
    }
    return results;
  }

  private List<Result> observedResults() {
    List<Result> results = new ArrayList<>();
    for (Checked read : reads) {
      Map<String, Object> m = ObservedMetrics.of(read.counts());
      if (m == null) {
        continue; // the read never finished (the run failed first): nothing is known of it
      }
      long rows = ((Number) m.get("rows")).longValue();
      for (int i = 0; i < read.rules().size(); i++) {
        Rule rule = read.rules().get(i);
        long failed = rule.perRow() ? ((Number) m.get("r" + i)).longValue() : outside(rule.tableRule(), rows) ? 1 : 0;
        results.add(new Result(read.table().name(), rule.name(), rule.kind(), rule.column(), rule.action(), rows,
            failed));
      }
    }
    return results;
  }

  /** The results as the catalog records them, all stamped {@code now}. */
  List<dev.joinery.catalog.ExpectationResults.Result> catalogResults(java.time.Instant now) {
    return results().stream().map(r -> new dev.joinery.catalog.ExpectationResults.Result(runId, job, r.table(),
        r.rule(), r.column(), r.action(), r.checked(), r.failed(), now)).toList();
  }

  private static boolean outside(TableRule rule, long rows) {
    return rows < rule.min() || rows > rule.max();
  }

  /**
   * Fails the run if a read's row count breaks a {@code FAIL} row count rule; called once the run's
   * writes are staged (which counted the rows) and before anything is committed.
   */
  void checkRowCounts() {
    for (Checked read : reads) {
      for (Rule rule : read.rules()) {
        if (rule.perRow() || !rule.action().equals("FAIL")) {
          continue;
        }
        Map<String, Object> m = ObservedMetrics.of(read.counts());
        long rows = m == null ? 0 : ((Number) m.get("rows")).longValue();
        if (m != null && outside(rule.tableRule(), rows)) {
          throw new JoineryDataException(read.table().name(), null, null, "Job " + job + ": table "
              + read.table().name() + " has " + rows + " rows, which breaks FAIL rule " + rule.name() + " ("
              + rule.describe() + "). Nothing was committed.");
        }
      }
    }
  }

  /** Summary lines, one per rule. */
  List<String> summary() {
    List<String> lines = new ArrayList<>();
    for (Result r : results()) {
      if (r.kind().equals("row_count")) {
        lines.add(String.format("  expect  %-28s %,12d rows %s rule %s (%s)", r.table(), r.checked(),
            r.failed() > 0 ? "break" : "keep", r.rule(), r.action()));
        continue;
      }
      lines.add(String.format("  expect  %-28s %,12d of %,d rows break %s (%s)%s", r.table() + "." + r.column(),
          r.failed(), r.checked(), r.rule(), r.action(), r.action().equals("QUARANTINE") && r.failed() > 0
              ? " -> " + quarantineLocation(r.table()) : ""));
    }
    return lines;
  }
}
