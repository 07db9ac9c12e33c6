package dev.joinery.runtime;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;

import dev.joinery.annotations.Format;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * A file table's rows as Spark reads them, before any check, with what the checks need to name a
 * bad row: the file it came from, its text (for CSV and JSON), and the values that did not convert.
 *
 * @param valueProblems per CSV column with a type, a condition that the value did not convert and
 *     the message saying so
 */
record RawRows(Dataset<Row> rows, Column file, Column text, List<Column[]> valueProblems) {
  static final String TEXT_PREFIX = "_joinery_text_";
  private static final String FILE = "_joinery_file";
  /** Longest part of a bad value a message quotes: a 10 MB field must not make a 10 MB message. */
  private static final int QUOTED = 200;

  static RawRows of(SparkSession spark, TableSpec table, String location) {
    DataFrameReader reader = spark.read().format(table.sparkFormat()).options(table.readerOptions());
    if (table.format() == Format.CSV) {
      Dataset<Row> text = reader.schema(CsvValues.textSchema(table).add(RowChecks.CORRUPT_RECORD, DataTypes.StringType))
          .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD)
          .load(location);
      return csv(table, text);
    }
    if (table.format() == Format.JSON) {
      Dataset<Row> rows = reader.schema(table.schema().add(RowChecks.CORRUPT_RECORD, DataTypes.StringType))
          .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", RowChecks.CORRUPT_RECORD)
          .load(location);
      return new RawRows(rows, col("_metadata.file_path"), coalesce(col(RowChecks.CORRUPT_RECORD), lit("")), List.of());
    }
    return new RawRows(reader.schema(table.schema()).load(location), col("_metadata.file_path"), lit(""), List.of());
  }

  /** CSV text converted column by column by {@link CsvValues}, the text kept beside each converted value. */
  private static RawRows csv(TableSpec table, Dataset<Row> text) {
    List<Column> columns = new ArrayList<>();
    List<Column[]> problems = new ArrayList<>();
    String firstColumn = table.fileColumns().isEmpty() ? null : table.fileColumns().get(0);
    for (StructField field : table.schema().fields()) {
      Column value = col(field.name());
      if (field.name().equals(firstColumn)) {
        // A byte order mark that an editor put at the start of the file is no part of the first value.
        value = regexp_replace(value, "^\uFEFF", "");
      }
      if (!CsvValues.converted(field)) {
        columns.add(value.as(field.name()));
        continue;
      }
      columns.add(CsvValues.typed(field, value, table.options()).as(field.name()));
      columns.add(value.as(TEXT_PREFIX + field.name()));
      Column original = col(TEXT_PREFIX + field.name());
      problems.add(new Column[] {
        original.isNotNull().and(col(field.name()).isNull()),
        concat(lit("column " + field.name() + ": cannot read '"), substring(original, 1, QUOTED),
            lit("' as " + field.dataType().simpleString() + " (" + CsvValues.rule(field.dataType(), table.options())
                + ")"))
      });
    }
    columns.add(col(RowChecks.CORRUPT_RECORD));
    columns.add(col("_metadata.file_path").as(FILE));
    String separator = table.options().getOrDefault("sep", ",");
    // Unquoted, the columns joined again give the line as written, which is how a message finds its line number.
    List<Column> texts = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      if (table.fileColumns().contains(field.name())) {
        texts.add(coalesce(col(CsvValues.converted(field) ? TEXT_PREFIX + field.name() : field.name()), lit("")));
      }
    }
    Column rowText = coalesce(col(RowChecks.CORRUPT_RECORD), concat_ws(separator, texts.toArray(Column[]::new)));
    return new RawRows(text.select(columns.toArray(Column[]::new)), col(FILE), rowText, problems);
  }
}
