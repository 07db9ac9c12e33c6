package dev.joinery.runtime.jdbc;

import static org.apache.spark.sql.functions.col;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.TableSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * A {@code @Table(format = JDBC)} source: its columns checked against the record before anything
 * runs, its rows read by Spark's JDBC source so that filters and the columns a job needs are pushed
 * into the database's query, in parallel ranges of a declared {@code partitionColumn}.
 */
public final class JdbcSource {
  /** Options Joinery reads itself; the rest go to Spark's JDBC source as they are. */
  static final String PARTITION_COLUMN = "partitionColumn";
  static final String NUM_PARTITIONS = "numPartitions";

  private final TableSpec spec;
  private final JdbcTable table;
  private final JdbcTypeCheck types;

  private JdbcSource(TableSpec spec, JdbcTable table, JdbcTypeCheck types) {
    this.spec = spec;
    this.table = table;
    this.types = types;
  }

  /** The source, its columns checked against the record's ({@link JdbcTypeCheck#forReading}). */
  public static JdbcSource open(TableSpec spec, JdbcTable table) {
    return new JdbcSource(spec, table, JdbcTypeCheck.forReading(spec, table, columnsOf(spec, table)));
  }

  /** The database table, for messages. */
  public JdbcTable table() {
    return table;
  }

  /** The rows in the table, before any filter: what "read N rows" reports. */
  public long rows() {
    return queryOne("SELECT count(*) FROM " + table.table(), rs -> rs.getLong(1));
  }

  /**
   * The table's rows with the record's columns and types. Columns come in the database's types
   * (read with Spark's {@code customSchema}, so every database maps the same way) and are widened to
   * the record's where they differ.
   */
  public Dataset<Row> read(SparkSession spark) {
    Map<String, String> options = new LinkedHashMap<>(spec.options());
    options.putAll(table.sparkOptions(table.table()));
    options.put("customSchema", types.customSchema());
    String partitionColumn = spec.options().get(PARTITION_COLUMN);
    if (partitionColumn != null && !spec.options().containsKey("lowerBound")) {
      Object[] bounds = bounds(partitionColumn);
      if (bounds == null) {
        options.remove(PARTITION_COLUMN); // no rows, nothing to split
        options.remove(NUM_PARTITIONS);
      } else {
        options.put("lowerBound", bounds[0].toString());
        options.put("upperBound", bounds[1].toString());
        options.putIfAbsent(NUM_PARTITIONS, String.valueOf(spark.sparkContext().defaultParallelism()));
      }
    }
    Dataset<Row> loaded = spark.read().format("jdbc").options(options).load();
    List<Column> columns = new ArrayList<>();
    for (StructField field : spec.schema().fields()) {
      JdbcColumn column = types.columnOf(field.name());
      Column value = col(quoted(column.name()));
      columns.add((field.dataType().equals(column.sparkType()) ? value : value.cast(field.dataType()))
          .as(field.name(), field.metadata()));
    }
    return loaded.select(columns.toArray(Column[]::new));
  }

  /** The record's columns that the database declares {@code NOT NULL}: no null check is needed there. */
  public Set<String> notNullColumns() {
    Set<String> notNull = new LinkedHashSet<>();
    for (StructField field : spec.schema().fields()) {
      if (!types.columnOf(field.name()).nullable()) {
        notNull.add(field.name());
      }
    }
    return notNull;
  }

  /** The lowest and highest value of the partition column, or null when the table has no rows. */
  private Object[] bounds(String column) {
    return queryOne("SELECT min(" + column + "), max(" + column + ") FROM " + table.table(),
        rs -> rs.getObject(1) == null ? null : new Object[] {rs.getObject(1), rs.getObject(2)});
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T queryOne(String sql, RowReader<T> reader) {
    try (Connection c = table.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return reader.read(rs);
    } catch (SQLException e) {
      throw new JoineryDataException(spec.name(), table.toString(), null, "Table " + spec.name() + ": cannot query "
          + table + ": " + e.getMessage());
    }
  }

  static List<JdbcColumn> columnsOf(TableSpec spec, JdbcTable table) {
    try {
      return table.columns();
    } catch (SQLException e) {
      throw new JoineryDataException(spec.name(), table.toString(), null, "Table " + spec.name()
          + ": cannot read the columns of " + table + ": " + e.getMessage());
    }
  }

  /** A column name for Spark's {@code col}, which would read dots as struct fields. */
  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
