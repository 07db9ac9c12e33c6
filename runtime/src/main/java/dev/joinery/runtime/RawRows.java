package dev.joinery.runtime;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;

import dev.joinery.annotations.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * A file table's rows as Spark reads them, before any check, with what the checks need to name a
 * bad row: the file it came from, its text (CSV and JSON), and the values that did not convert.
 *
 * <p>CSV is read as text and every typed column converted by {@link TextValues}. JSON is read
 * line by line and parsed with the record's schema, so every field of every line is parsed (the
 * JSON reader would skip the fields a job does not use) and the line's text is at hand for the
 * message; decimals, dates and timestamps come as text and go through the same strict rules as
 * CSV, since Spark would round a decimal with too many digits and read partial dates. So do
 * {@code @ResolveChoice} columns, whose values have different JSON types in different files.
 *
 * @param valueProblems per converted column, a condition that its value did not convert and the
 *     message saying so
 */
record RawRows(Dataset<Row> rows, Column file, Column text, List<Column[]> valueProblems) {
  /** Starts, and separates, the values of a CSV row that parsed, where a row's text would otherwise be. */
  static final String VALUES = "\u001e";
  private static final String TEXT_PREFIX = "_joinery_text_";
  private static final String FILE = "_joinery_file";
  private static final String LINE = "_joinery_line";
  /** Longest part of a bad value a message quotes: a 10 MB field must not make a 10 MB message. */
  private static final int QUOTED = 200;

  static RawRows of(SparkSession spark, TableSpec table, String location) {
    return of(spark, table, location, null);
  }

  /**
   * @param files the only files to read (a bookmark's new files), under {@code location}; null
   *     for all of them
   */
  static RawRows of(SparkSession spark, TableSpec table, String location, List<String> files) {
    if (table.format() == Format.CSV) {
      Dataset<Row> text = reader(spark, location, files).format("csv").options(table.readerOptions())
          .schema(TextValues.textSchema(table).add(RowChecks.CORRUPT_RECORD, DataTypes.StringType))
          .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD)
          .load(paths(location, files))
          .withColumn(FILE, col("_metadata.file_path"));
      return csv(table, text);
    }
    if (table.format() == Format.JSON) {
      return json(spark, table, location, files);
    }
    if (table.isLines()) {
      return lines(spark, table, location, files);
    }
    Dataset<Row> rows = reader(spark, location, files).format(table.sparkFormat()).options(table.readerOptions())
        .schema(table.schema()).load(paths(location, files));
    return new RawRows(rows, col("_metadata.file_path"), lit(""), List.of());
  }

  private static RawRows csv(TableSpec table, Dataset<Row> text) {
    List<StructField> converted = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      if (TextValues.converted(field)) {
        converted.add(field);
      }
    }
    String firstColumn = table.fileColumns().isEmpty() ? null : table.fileColumns().get(0);
    Dataset<Row> unmarked = firstColumn == null ? text
        // A byte order mark that an editor put at the start of the file is no part of the first value.
        : text.withColumn(firstColumn, regexp_replace(col(firstColumn), "^\uFEFF", ""));
    Converted typed = convert(unmarked, table, converted);
    List<Column> values = new ArrayList<>();
    for (String column : table.fileColumns()) {
      values.add(coalesce(col(typed.textOf(column)), lit("")));
    }
    // A row that parsed carries its values, by which DataErrors finds its line; one that did not, its text.
    Column rowText = coalesce(col(RowChecks.CORRUPT_RECORD),
        concat(lit(VALUES), concat_ws(VALUES, values.toArray(Column[]::new))));
    return new RawRows(typed.rows(), col(FILE), rowText, typed.problems());
  }

  /**
   * A reader of the table; when it reads chosen files, partition folders are found from the
   * location as when it reads the whole location.
   */
  static DataFrameReader reader(SparkSession spark, String location, List<String> files) {
    return files == null ? spark.read() : spark.read().option("basePath", location);
  }

  static String[] paths(String location, List<String> files) {
    return files == null ? new String[] {location} : files.toArray(String[]::new);
  }

  private static RawRows json(SparkSession spark, TableSpec table, String location, List<String> files) {
    StructType parsed = new StructType();
    List<StructField> converted = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      boolean strict = field.dataType() instanceof DecimalType || field.dataType() instanceof DateType
          || field.dataType() instanceof TimestampType || field.dataType() instanceof TimestampNTZType
          // A number in one file and a string in another: both read as their text and converted alike.
          || TextValues.resolvesChoice(field);
      if (strict) {
        converted.add(field);
      }
      parsed = parsed.add(field.name(), strict ? DataTypes.StringType : field.dataType(), true);
    }
    parsed = parsed.add(RowChecks.CORRUPT_RECORD, DataTypes.StringType, true);
    Map<String, String> options = new LinkedHashMap<>(table.options());
    options.put("mode", "PERMISSIVE");
    options.put("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD);
    if (Boolean.parseBoolean(table.options().getOrDefault("multiLine", "false"))) {
      // Documents over many lines (an array of objects): Spark's reader parses whole files, and a
      // bad row has no line of its own to quote.
      Dataset<Row> documents = reader(spark, location, files).format("json").options(options).schema(parsed)
          .load(paths(location, files))
          .withColumn(LINE, lit(null).cast(DataTypes.StringType))
          .withColumn(FILE, col("_metadata.file_path"));
      Converted typed = convert(documents, table, converted);
      return new RawRows(typed.rows(), col(FILE), col(LINE), typed.problems());
    }
    Dataset<Row> lines = reader(spark, location, files).text(paths(location, files))
        .filter(trim(col("value")).notEqual(""))
        .select(from_json(col("value"), parsed, options).as("row"), col("value").as(LINE),
            col("_metadata.file_path").as(FILE));
    List<Column> flat = new ArrayList<>();
    for (StructField field : parsed.fields()) {
      flat.add(col("row." + field.name()).as(field.name()));
    }
    flat.add(col(LINE));
    flat.add(col(FILE));
    Converted typed = convert(lines.select(flat.toArray(Column[]::new)), table, converted);
    return new RawRows(typed.rows(), col(FILE), col(LINE), typed.problems());
  }

  /**
   * A GROK or REGEX table: each line's fields cut out by {@code regexp_extract} with the pattern's
   * groups (an empty capture is null, as an empty CSV field), then converted as CSV values are. A
   * line the pattern does not match is a bad row.
   */
  private static RawRows lines(SparkSession spark, TableSpec table, String location, List<String> files) {
    LinePattern pattern = LinePattern.of(table.format(), table.options().get(LinePattern.OPTION));
    StructType text = new StructType().add("value", DataTypes.StringType);
    for (String partition : table.partitionBy()) {
      text = text.add(partition, DataTypes.StringType);
    }
    Dataset<Row> lines = reader(spark, location, files).format("text").schema(text).load(paths(location, files))
        .filter(trim(col("value")).notEqual(""));
    Map<String, Column> fields = new LinkedHashMap<>();
    for (String column : table.fileColumns()) {
      Integer group = pattern.groups().get(column);
      Column extracted = group == null ? lit(null).cast(DataTypes.StringType)
          : regexp_extract(col("value"), pattern.regex(), group);
      fields.put(column, when(extracted.notEqual(""), extracted));
    }
    Dataset<Row> cut = lines.withColumns(fields).withColumn(LINE, col("value"))
        .withColumn(FILE, col("_metadata.file_path"));
    List<StructField> converted = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      if (TextValues.converted(field)) {
        converted.add(field);
      }
    }
    Converted typed = convert(cut, table, converted);
    List<Column[]> problems = new ArrayList<>();
    problems.add(new Column[] {
      not(col(LINE).rlike(pattern.regex())),
      lit("the line does not match the table's " + table.format().name().toLowerCase(java.util.Locale.ROOT)
          + " pattern " + table.options().get(LinePattern.OPTION))
    });
    problems.addAll(typed.problems());
    return new RawRows(typed.rows(), col(FILE), col(LINE), problems);
  }

  /** The rows with each of {@code fields} converted from its text, the text kept beside it. */
  private static Converted convert(Dataset<Row> text, TableSpec table, List<StructField> fields) {
    List<Column[]> problems = new ArrayList<>();
    Map<String, Column> columns = new LinkedHashMap<>();
    for (StructField field : fields) {
      Column original = col(TEXT_PREFIX + field.name());
      columns.put(TEXT_PREFIX + field.name(), col(field.name()));
      problems.add(new Column[] {
        original.isNotNull().and(col(field.name()).isNull()),
        concat(lit("column " + field.name() + ": cannot read '"), substring(original, 1, QUOTED),
            lit("' as " + field.dataType().simpleString() + " (" + TextValues.rule(field.dataType(), table.options())
                + ")"))
      });
    }
    Dataset<Row> kept = text.withColumns(columns);
    Map<String, Column> typed = new LinkedHashMap<>();
    for (StructField field : fields) {
      typed.put(field.name(), TextValues.typed(field, col(TEXT_PREFIX + field.name()), table.options()));
    }
    return new Converted(kept.withColumns(typed), problems, fields.stream().map(StructField::name).toList());
  }

  /** Rows after {@link #convert}; {@code converted} names the columns whose text is kept apart. */
  private record Converted(Dataset<Row> rows, List<Column[]> problems, List<String> converted) {
    String textOf(String column) {
      return converted.contains(column) ? TEXT_PREFIX + column : column;
    }
  }
}
