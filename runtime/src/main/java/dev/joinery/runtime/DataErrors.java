package dev.joinery.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns the error a failing {@link RowChecks} row raised inside Spark into a {@link
 * JoineryDataException} that names the table, file, line and column.
 *
 * <p>Spark only says that a row was malformed. To name the column, the row's raw text is parsed
 * again one column at a time with Spark's own reader and options, so the answer follows exactly
 * the rules the real read used. That costs a few tiny local queries, on the error path only.
 */
final class DataErrors {
  private final SparkSession spark;
  private final Map<String, TableSpec> tablesByName;

  DataErrors(SparkSession spark, Map<String, TableSpec> tablesByName) {
    this.spark = spark;
    this.tablesByName = tablesByName;
  }

  /** The data error behind {@code failure}, if it was raised by a row check. */
  Optional<JoineryDataException> explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Optional<JoineryDataException> explained = fromMarker(String.valueOf(t.getMessage()), true);
      if (explained.isPresent()) {
        return explained;
      }
    }
    return Optional.empty();
  }

  /**
   * The data error described by a {@link RowChecks#marker} inside {@code text}.
   *
   * @param withFix whether to say how to fix it (not for rows a run skipped as asked)
   */
  Optional<JoineryDataException> fromMarker(String text, boolean withFix) {
    int start = text.indexOf(RowChecks.MARKER + RowChecks.SEPARATOR);
    if (start < 0) {
      return Optional.empty();
    }
    int end = text.indexOf(RowChecks.SEPARATOR + RowChecks.MARKER, start + 1);
    String[] parts = text.substring(start, end < 0 ? text.length() : end).split(RowChecks.SEPARATOR, -1);
    if (parts.length < 5) {
      return Optional.empty();
    }
    TableSpec table = tablesByName.get(parts[1]);
    String file = parts[2];
    String problem = parts[3];
    String raw = new String(Base64.getMimeDecoder().decode(parts[4]), StandardCharsets.UTF_8);
    return Optional.of(table == null
        ? new JoineryDataException(parts[1], file, null, "Table " + parts[1] + ", file " + file + ": " + problem)
        : describe(table, file, problem, raw, withFix));
  }

  private JoineryDataException describe(TableSpec table, String file, String problem, String raw, boolean withFix) {
    String fix = withFix ? " Fix the data, or declare @Table(malformedRows = SKIP) to leave such rows out." : "";
    if (!RowChecks.MALFORMED.equals(problem)) {
      String column = problem.startsWith("column ") ? problem.split(" ")[1] : null;
      return new JoineryDataException(table.name(), file, column,
          "Table " + table.name() + ", file " + file + ": " + problem + "." + fix);
    }
    String line = lineOf(file, raw).map(n -> ", line " + n).orElse("");
    Optional<StructField> culprit = culprit(table, raw);
    String where = "Table " + table.name() + ", file " + file + line;
    if (culprit.isPresent()) {
      StructField f = culprit.get();
      return new JoineryDataException(table.name(), file, f.name(), where + ", column " + f.name()
          + ": cannot read the value as " + f.dataType().simpleString() + " in row: " + raw + "." + fix);
    }
    return new JoineryDataException(table.name(), file, null, where
        + ": malformed row (its fields do not match the table's columns " + table.fileColumns() + "): "
        + raw + "." + fix);
  }

  /** The first column that does not parse when it alone is read with its real type. */
  private Optional<StructField> culprit(TableSpec table, String raw) {
    Dataset<String> text = spark.createDataset(List.of(raw), Encoders.STRING());
    List<String> columns = table.fileColumns();
    for (String name : columns) {
      StructType schema = new StructType();
      for (String c : columns) {
        schema = schema.add(c, c.equals(name) ? table.schema().apply(c).dataType() : DataTypes.StringType, true);
      }
      schema = schema.add(RowChecks.CORRUPT_RECORD, DataTypes.StringType, true);
      Dataset<Row> parsed = table.sparkFormat().equals("json")
          ? spark.read().schema(schema).options(table.options()).option("mode", "PERMISSIVE")
              .option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD).json(text)
          : spark.read().schema(schema).options(table.options()).option("mode", "PERMISSIVE").option("header", "false")
              .option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD).csv(text);
      Row row = parsed.first();
      if (!row.isNullAt(row.fieldIndex(RowChecks.CORRUPT_RECORD))) {
        return Optional.of(table.schema().apply(name));
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> lineOf(String file, String raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Path path = new Path(file);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.equals(raw)) {
          return Optional.of(number);
        }
      }
    } catch (IOException e) {
      return Optional.empty(); // the line number is a courtesy; the error stands without it
    }
    return Optional.empty();
  }
}
