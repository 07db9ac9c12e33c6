package dev.joinery.runtime;

import org.apache.spark.sql.Column;

/**
 * A rule on a table's rows that is more than a check of one value, as generated code declares it:
 * bounds on the row count ({@code @ExpectRows}), a condition over several columns (an {@code
 * @Expect} method of the record, translated to Spark), or values present in another table's column
 * ({@code @Expect(in = ...)}).
 *
 * @param kind {@code row_count}, {@code condition} or {@code in}
 * @param action {@code WARN}, {@code QUARANTINE} or {@code FAIL}
 * @param column the column an {@code in} rule checks; {@code "*"} for the others, which check rows
 * @param holds for a condition, true on a good row
 * @param other for an {@code in} rule, the table the values must be present in
 * @param otherColumn for an {@code in} rule, that table's column
 * @param description what the rule states, for messages and reasons
 */
public record TableRule(String name, String action, String kind, String column, long min, long max, Column holds,
    TableSpec other, String otherColumn, String description) {

  public static TableRule rowCount(String name, String action, long min, long max) {
    return new TableRule(name, action, "row_count", "*", min, max, null, null, null,
        "rows " + (max == Long.MAX_VALUE ? ">= " + min : "between " + min + " and " + max));
  }

  public static TableRule condition(String name, String action, Column holds, String method) {
    return new TableRule(name, action, "condition", "*", 0, 0, holds, null, null, method + " holds");
  }

  public static TableRule presentIn(String name, String action, String column, TableSpec other, String otherColumn) {
    return new TableRule(name, action, "in", column, 0, 0, null, other, otherColumn,
        "present in " + other.name() + "." + otherColumn);
  }

  boolean isRowCount() {
    return kind.equals("row_count");
  }
}
