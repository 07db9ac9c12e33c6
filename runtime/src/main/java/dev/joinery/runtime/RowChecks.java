package dev.joinery.runtime;

import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Checks every row read from a table against its record, as Catalyst expressions so the check
 * runs inside Spark's generated code: rows Spark could not parse, nulls in primitive components,
 * and enum values the record does not know.
 *
 * <p>A failing row raises an error whose message carries a marker with the table, file, problem
 * and raw text; {@link DataErrors} turns it into a {@link JoineryDataException}.
 */
final class RowChecks {
  static final String CORRUPT_RECORD = "_joinery_corrupt_record";
  static final String MALFORMED = "malformed";
  static final String MARKER = "JOINERY-DATA";
  static final String SEPARATOR = "\u001f";
  static final String ENUM_METADATA = "joinery.enum";

  private RowChecks() {}

  /**
   * The first problem of the row as text, or null when the row fits the record.
   *
   * @param valueProblems values that did not convert to their column's type, each a condition and
   *     its message
   * @param checked the columns to check for nulls and enum values: all of them, except those the
   *     files' own metadata proves free of nulls (a check there would only make Spark read them)
   */
  static Column problem(TableSpec table, boolean hasCorruptRecordColumn, List<Column[]> valueProblems,
      java.util.Set<String> checked) {
    List<Column[]> cases = new ArrayList<>();
    if (hasCorruptRecordColumn) {
      cases.add(new Column[] {col(CORRUPT_RECORD).isNotNull(), lit(MALFORMED)});
    }
    cases.addAll(valueProblems);
    for (StructField field : table.schema().fields()) {
      if (!checked.contains(field.name())) {
        continue;
      }
      Column value = col(field.name());
      if (!field.nullable()) {
        cases.add(new Column[] {
          value.isNull(),
          lit("column " + field.name() + " is empty, but its record component (" + field.dataType().simpleString()
              + ") cannot hold null; if the column may be empty, use a boxed type (Long for long) or drop @NotNull")
        });
      }
      if (field.metadata().contains(ENUM_METADATA)) {
        String[] constants = field.metadata().getStringArray(ENUM_METADATA);
        cases.add(new Column[] {
          value.isNotNull().and(not(value.isin((Object[]) constants))),
          concat(lit("column " + field.name() + " has '"), value,
              lit("', which is not one of " + String.join(", ", constants)))
        });
      }
    }
    if (cases.isEmpty()) {
      return null;
    }
    Column problem = when(cases.get(0)[0], cases.get(0)[1]);
    for (Column[] c : cases.subList(1, cases.size())) {
      problem = problem.when(c[0], c[1]);
    }
    return problem;
  }

  /**
   * The row's problem with its table, file and text, in the form {@link DataErrors} reads back.
   *
   * @param file the path of the file the row came from
   * @param text the row as written, or empty where the format has no text
   */
  static Column marker(TableSpec table, Column problem, Column file, Column text) {
    return concat_ws(SEPARATOR, lit(MARKER), lit(table.name()), file, problem,
        coalesce(base64(text.cast("binary")), lit("")), lit(MARKER));
  }

  /** Fails the query on the first row with a problem. */
  static Dataset<Row> failOnProblem(Dataset<Row> raw, TableSpec table, Column problem, Column file, Column text) {
    return raw.filter(when(problem.isNull(), lit(true)).otherwise(raise_error(marker(table, problem, file, text))));
  }

  /** The record's columns, without the helper columns the checks needed. */
  static Dataset<Row> recordColumns(Dataset<Row> checked, TableSpec table) {
    return checked.select(Arrays.stream(table.schema().fieldNames()).map(n -> col(n)).toArray(Column[]::new));
  }
}
