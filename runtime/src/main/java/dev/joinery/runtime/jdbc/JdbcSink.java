package dev.joinery.runtime.jdbc;

import dev.joinery.annotations.WriteMode;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.SinkSpec;
import dev.joinery.runtime.TableSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.jdbc.JdbcDialect;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.apache.spark.sql.types.StructField;

/**
 * One sink's output to a database table. Spark writes the rows into a staging table beside the
 * target (in many transactions, one per task, which no reader of the target sees); at commit one
 * transaction moves them in: {@code DELETE FROM target} for OVERWRITE, then {@code INSERT INTO target
 * SELECT ... FROM staging}. A run that fails before or during that transaction leaves the target as
 * it was; readers see the old rows until the commit, then the new ones (the database's MVCC).
 */
public final class JdbcSink {
  static final String STAGING_PREFIX = "joinery_staging_";
  /** Identifiers longer than this are cut by PostgreSQL (63 bytes); staging names stay under it. */
  private static final int MAX_IDENTIFIER = 63;

  private final SinkSpec sink;
  private final JdbcTable target;
  private final String staging;
  private final JdbcTypeCheck types;
  private final JdbcDialect dialect;

  private JdbcSink(SinkSpec sink, JdbcTable target, String staging, JdbcTypeCheck types) {
    this.sink = sink;
    this.target = target;
    this.staging = staging;
    this.types = types;
    this.dialect = JdbcDialects.get(target.url());
  }

  /**
   * Prepares the sink before the run reads anything: creates the target table from the record if the
   * database has none (empty, so readers lose nothing), checks that the record's values fit its
   * columns, and drops staging tables that killed runs left for it. The caller holds the table's lock.
   *
   * @return what was repaired, one line each
   */
  public static JdbcSink prepare(SparkSession spark, SinkSpec sink, JdbcTable target, String runId,
      List<String> repaired) {
    TableSpec spec = sink.table();
    List<JdbcColumn> columns = JdbcSource.columnsOf(spec, target);
    if (columns.isEmpty()) {
      spark.createDataFrame(List.of(), spec.schema()).write().format("jdbc")
          .options(target.sparkOptions(target.table())).mode(SaveMode.ErrorIfExists).save();
      repaired.add("created " + target + " from record columns " + String.join(", ", spec.schema().fieldNames()));
      columns = JdbcSource.columnsOf(spec, target);
    }
    JdbcTypeCheck types = JdbcTypeCheck.forWriting(spec, target, columns);
    JdbcColumns.TableName name = JdbcColumns.TableName.of(target.table());
    String shortRun = runId.replace("-", "").substring(0, 8);
    String stagingTable = STAGING_PREFIX + shortRun + "_" + name.table();
    stagingTable = stagingTable.substring(0, Math.min(stagingTable.length(), MAX_IDENTIFIER));
    JdbcSink prepared = new JdbcSink(sink, target, (name.schema() == null ? "" : name.schema() + ".") + stagingTable,
        types);
    prepared.dropLeftovers(name, repaired);
    return prepared;
  }

  public SinkSpec sink() {
    return sink;
  }

  /** Whether the target table has rows (for {@code ERROR_IF_EXISTS}). */
  public boolean hasRows() {
    return execute("look into", s -> {
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + target.table() + " WHERE 1 = 1 LIMIT 1")) {
        return rs.next();
      }
    });
  }

  /** Writes {@code data} (an action) into this run's staging table, which Spark creates. */
  public void stage(Dataset<Row> data) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>(sink.table().options());
    options.keySet().removeAll(List.of(JdbcSource.PARTITION_COLUMN, "lowerBound", "upperBound"));
    options.putAll(target.sparkOptions(staging));
    if (target.url().startsWith("jdbc:postgresql:")) {
      // One multi-row INSERT per batch instead of one per row: three times faster (see the README).
      options.putIfAbsent("reWriteBatchedInserts", "true");
    }
    data.write().format("jdbc").options(options).mode(SaveMode.ErrorIfExists).save();
  }

  /** Moves the staged rows into the target in one transaction, then drops the staging table. */
  public void commit() {
    List<String> into = new ArrayList<>();
    List<String> from = new ArrayList<>();
    for (StructField field : sink.table().schema().fields()) {
      into.add(dialect.quoteIdentifier(types.columnOf(field.name()).name()));
      from.add(dialect.quoteIdentifier(field.name()));
    }
    execute("write", s -> {
      Connection c = s.getConnection();
      c.setAutoCommit(false);
      try {
        if (sink.mode() == WriteMode.OVERWRITE) {
          // DELETE, not TRUNCATE: readers keep seeing the old rows until the commit.
          s.executeUpdate("DELETE FROM " + target.table());
        }
        s.executeUpdate("INSERT INTO " + target.table() + " (" + String.join(", ", into) + ") SELECT "
            + String.join(", ", from) + " FROM " + staging);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
      return null;
    });
    abort();
  }

  /** Drops this run's staging table; the target is untouched. */
  public void abort() {
    try {
      execute("drop the staging table of", s -> s.executeUpdate("DROP TABLE IF EXISTS " + staging));
    } catch (RuntimeException e) {
      // Nothing reads the staging table; the next writer of the table drops it.
    }
  }

  /** Drops the staging tables of this target that runs killed before their commit left behind. */
  private void dropLeftovers(JdbcColumns.TableName name, List<String> repaired) {
    execute("clean up after", s -> {
      List<String> leftovers = new ArrayList<>();
      try (ResultSet rs = s.getConnection().getMetaData().getTables(s.getConnection().getCatalog(), name.schema(),
          STAGING_PREFIX.replace("_", "\\_") + "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          if (isStagingOf(rs.getString("TABLE_NAME"), name.table())) {
            leftovers.add((name.schema() == null ? "" : name.schema() + ".") + rs.getString("TABLE_NAME"));
          }
        }
      }
      for (String leftover : leftovers) {
        s.executeUpdate("DROP TABLE IF EXISTS " + leftover);
        repaired.add("dropped staging table " + leftover + " that a run which did not finish left");
      }
      return null;
    });
  }

  /** Whether {@code candidate} is a name {@link #prepare} gives the staging tables of {@code table}, in any run. */
  static boolean isStagingOf(String candidate, String table) {
    String lower = candidate.toLowerCase(Locale.ROOT);
    int runEnd = STAGING_PREFIX.length() + 9; // eight hex digits and an underscore
    if (!lower.matches(STAGING_PREFIX + "[0-9a-f]{8}_.*")) {
      return false;
    }
    String full = lower.substring(0, runEnd) + table.toLowerCase(Locale.ROOT);
    return lower.equals(full.substring(0, Math.min(full.length(), MAX_IDENTIFIER)));
  }

  private interface Work<T> {
    T run(Statement statement) throws SQLException;
  }

  private <T> T execute(String what, Work<T> work) {
    try (Connection c = target.connect(); Statement s = c.createStatement()) {
      return work.run(s);
    } catch (SQLException e) {
      String rolledBack = what.equals("write") ? " The transaction was rolled back; the table is as it was." : "";
      throw new JoineryDataException(sink.table().name(), target.toString(), null, "Table " + sink.table().name()
          + ": cannot " + what + " " + target + ": " + e.getMessage() + rolledBack);
    }
  }

  @Override
  public String toString() {
    return target + " from step " + sink.step() + " (" + sink.mode().name().toLowerCase(Locale.ROOT) + ")";
  }
}
