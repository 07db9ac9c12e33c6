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
  /** Longest part of a row a message quotes. */
  private static final int QUOTED = 300;

  private static final java.util.regex.Pattern MISSING_FILE = java.util.regex.Pattern.compile(
      "File (\\S+) does not exist");

  private final SparkSession spark;
  private final Map<String, TableSpec> tablesByName;
  private final Map<String, String> locations;

  /** @param locations per source table name, the location the run reads */
  DataErrors(SparkSession spark, Map<String, TableSpec> tablesByName, Map<String, String> locations) {
    this.spark = spark;
    this.tablesByName = tablesByName;
    this.locations = locations;
  }

  /** The data error behind {@code failure}, if it was raised by a row check or by a source file that went away. */
  Optional<JoineryDataException> explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Optional<JoineryDataException> explained = fromMarker(String.valueOf(t.getMessage()), true);
      if (explained.isPresent()) {
        return explained;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      java.util.regex.Matcher missing = MISSING_FILE.matcher(String.valueOf(t.getMessage()));
      if (t instanceof java.io.FileNotFoundException && missing.find()) {
        return Optional.of(vanished(missing.group(1)));
      }
    }
    return Optional.empty();
  }

  /** A source file listed at the start of the run and gone when Spark came to read it. */
  private JoineryDataException vanished(String file) {
    String path = new Path(file).toUri().getPath();
    String table = locations.entrySet().stream()
        .filter(e -> path.startsWith(new Path(e.getValue()).toUri().getPath()))
        .map(Map.Entry::getKey).findFirst().orElse(null);
    return new JoineryDataException(table, file, null, (table == null ? "" : "Table " + table + ": ") + "file " + file
        + " disappeared while the run was reading it (another process deleted or replaced it). Nothing was"
        + " written; run the job again once the table's files stay put.");
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
    String line;
    if (raw.startsWith(RawRows.VALUES)) {
      List<String> values = List.of(raw.substring(1).split(RawRows.VALUES, -1));
      line = csvLineOf(table, file, values).map(n -> ", line " + n).orElse("");
      raw = String.join(table.csvSeparator(), values);
    } else {
      line = lineOf(table, file, raw).map(n -> ", line " + n).orElse("");
    }
    String where = "Table " + table.name() + (table.isJdbc() ? ", " : ", file ") + file + line;
    String row = raw.isEmpty() ? "" : " in row: " + quoted(raw);
    if (!RowChecks.MALFORMED.equals(problem)) {
      // "column price: cannot read ..." (a value) or "column quantity is empty, ..." (a null or an enum)
      String column = problem.startsWith("column ") ? problem.split("[ :]")[1] : null;
      return new JoineryDataException(table.name(), file, column, where + ", " + problem + row + "." + fix);
    }
    Optional<StructField> culprit = culprit(table, raw);
    if (culprit.isPresent()) {
      StructField f = culprit.get();
      return new JoineryDataException(table.name(), file, f.name(), where + ", column " + f.name()
          + ": cannot read the value as " + f.dataType().simpleString() + row + "." + fix);
    }
    return new JoineryDataException(table.name(), file, null, where
        + ": malformed row (its fields do not match the table's columns " + table.fileColumns() + ")"
        + (raw.isEmpty() ? "" : ": " + quoted(raw)) + "." + fix);
  }

  /** A row's text for a message: a very long one is cut, with its length said. */
  private static String quoted(String raw) {
    return raw.length() <= QUOTED ? raw : raw.substring(0, QUOTED) + "... (" + raw.length() + " characters)";
  }

  /**
   * The first column that does not parse when it alone is read with its real type; none when the
   * row does not parse even with every column as text (a field too few, a truncated object).
   */
  private Optional<StructField> culprit(TableSpec table, String raw) {
    Dataset<String> text = spark.createDataset(List.of(raw), Encoders.STRING());
    List<String> columns = table.fileColumns();
    if (parsesWith(table, text, null)) {
      for (String name : columns) {
        // A ResolveChoice column is read as text, so its JSON type never makes a row malformed.
        if (!TextValues.resolvesChoice(table.schema().apply(name)) && !parsesWith(table, text, name)) {
          return Optional.of(table.schema().apply(name));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the row parses with column {@code typed} (if any) of its real type and the others as text. */
  private boolean parsesWith(TableSpec table, Dataset<String> text, String typed) {
    List<String> columns = table.fileColumns();
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, c.equals(typed) ? table.schema().apply(c).dataType() : DataTypes.StringType, true);
    }
    schema = schema.add(RowChecks.CORRUPT_RECORD, DataTypes.StringType, true);
    Dataset<Row> parsed = table.sparkFormat().equals("json")
        ? spark.read().schema(schema).options(table.options()).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD).json(text)
        : spark.read().schema(schema).options(table.options()).option("mode", "PERMISSIVE").option("header", "false")
            .option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD).csv(text);
    Row row = parsed.first();
    return row.isNullAt(row.fieldIndex(RowChecks.CORRUPT_RECORD));
  }

  private Optional<Long> csvLineOf(TableSpec table, String file, List<String> values) {
    Path path = new Path(file);
    try (java.io.InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
      return CsvLines.find(in, table, values);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // the line number is a courtesy; the error stands without it
    }
  }

  /**
   * The line where the row starts: the first line after a header equal to the row's first line.
   * One pass over the file, on the error path only.
   */
  private Optional<Integer> lineOf(TableSpec table, String file, String raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String first = raw.lines().findFirst().orElse("");
    boolean header = table.format() == dev.joinery.annotations.Format.CSV && table.csvHeader();
    Path path = new Path(file);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.equals(first) && !(header && number == 1)) {
          return Optional.of(number);
        }
      }
    } catch (IOException e) {
      return Optional.empty(); // the line number is a courtesy; the error stands without it
    }
    return Optional.empty();
  }
}
