package dev.joinery.runtime.jdbc;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;

/**
 * Checks a record against the database table's columns, from the database's own metadata, before a
 * run reads or writes anything: every component has a column (names compared ignoring case), and
 * values convert without loss, from the column to the record when reading and from the record to the
 * column when writing. A mismatch names the table, the column and both types.
 */
final class JdbcTypeCheck {
  private final Map<String, JdbcColumn> byField;

  private JdbcTypeCheck(Map<String, JdbcColumn> byField) {
    this.byField = byField;
  }

  static JdbcTypeCheck forReading(TableSpec spec, JdbcTable table, List<JdbcColumn> columns) {
    return check(spec, table, columns, true);
  }

  static JdbcTypeCheck forWriting(TableSpec spec, JdbcTable table, List<JdbcColumn> columns) {
    return check(spec, table, columns, false);
  }

  private static JdbcTypeCheck check(TableSpec spec, JdbcTable table, List<JdbcColumn> columns, boolean reading) {
    if (columns.isEmpty()) {
      throw new JoineryDataException(spec.name(), table.toString(), null, "Table " + spec.name() + ": " + table
          + " does not exist, or its user may not see it. Check @Table(location = \"" + spec.location() + "\").");
    }
    Map<String, JdbcColumn> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c));
    Map<String, JdbcColumn> byField = new LinkedHashMap<>();
    for (StructField field : spec.schema().fields()) {
      JdbcColumn column = byName.get(field.name().toLowerCase(Locale.ROOT));
      if (column == null) {
        throw mismatch(spec, table, field.name(), table + " has no column " + field.name() + " (it has "
            + columns.stream().map(JdbcColumn::name).collect(Collectors.joining(", ")) + ")");
      }
      DataType stored = column.sparkType();
      if (stored == null) {
        throw mismatch(spec, table, field.name(), column.unsupportedReason());
      }
      DataType record = field.dataType();
      boolean fits = stored.equals(record) || (reading ? Cast.canUpCast(stored, record) : Cast.canUpCast(record, stored));
      if (!fits) {
        String suggestion = column.componentType().equals("java.math.BigDecimal")
            ? "BigDecimal with @Decimal(precision = " + column.decimalPrecision() + ", scale = "
                + column.decimalScale() + ")"
            : column.componentType();
        throw mismatch(spec, table, field.name(), "column " + column.name() + " is " + column.describeType()
            + " in the database, and the record's " + field.name() + " is " + record.simpleString() + ": "
            + (reading ? "the database's values" : "the record's values") + " do not fit "
            + (reading ? "the record's" : "the column's") + " type without loss. Declare the component as "
            + suggestion + ", or change the column");
      }
      byField.put(field.name(), column);
    }
    return new JdbcTypeCheck(byField);
  }

  private static JoineryDataException mismatch(TableSpec spec, JdbcTable table, String column, String why) {
    return new JoineryDataException(spec.name(), table.toString(), column, "Table " + spec.name() + ", " + why + ".");
  }

  /** The database column behind a record component. */
  JdbcColumn columnOf(String field) {
    return byField.get(field);
  }

  /**
   * Spark's {@code customSchema} for the record's columns: each read as the type {@link JdbcColumn#sparkType()}
   * gives it, whatever Spark's dialect for the database would pick.
   */
  String customSchema() {
    return byField.values().stream()
        .map(c -> "`" + c.name().replace("`", "``") + "` " + c.sparkType().sql())
        .collect(Collectors.joining(", "));
  }
}
