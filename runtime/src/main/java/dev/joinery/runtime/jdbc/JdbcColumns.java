package dev.joinery.runtime.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a database table's columns from JDBC metadata, in the table's order: for the run-time type
 * checks, and for a crawler that writes a record for the table.
 */
public final class JdbcColumns {
  private JdbcColumns() {}

  /**
   * The columns of {@code table} ({@code schema.table} or {@code table}), found as written, then in the
   * database's own case for unquoted names (lower for PostgreSQL, upper for Oracle). Empty when there
   * is no such table.
   */
  public static List<JdbcColumn> read(Connection connection, String table) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    TableName name = TableName.of(table);
    for (TableName candidate : List.of(name, name.lowerCase(), name.upperCase())) {
      List<JdbcColumn> columns = new ArrayList<>();
      try (ResultSet rs = metadata.getColumns(connection.getCatalog(), candidate.schema(), escape(candidate.table(),
          metadata.getSearchStringEscape()), null)) {
        while (rs.next()) {
          boolean sameSchema = candidate.schema() == null || candidate.schema().equals(rs.getString("TABLE_SCHEM"));
          if (!rs.getString("TABLE_NAME").equals(candidate.table()) || !sameSchema) {
            continue; // a LIKE pattern match of another table (order_lines for orderXlines)
          }
          columns.add(new JdbcColumn(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
              rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
              rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
        }
      }
      if (!columns.isEmpty()) {
        return columns;
      }
    }
    return List.of();
  }

  private static String escape(String pattern, String escape) {
    return escape == null || escape.isEmpty() ? pattern
        : pattern.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }

  /** A table name, {@code schema.table} or {@code table}. */
  record TableName(String schema, String table) {
    static TableName of(String name) {
      int dot = name.lastIndexOf('.');
      return dot < 0 ? new TableName(null, name) : new TableName(name.substring(0, dot), name.substring(dot + 1));
    }

    TableName lowerCase() {
      return new TableName(schema == null ? null : schema.toLowerCase(Locale.ROOT), table.toLowerCase(Locale.ROOT));
    }

    TableName upperCase() {
      return new TableName(schema == null ? null : schema.toUpperCase(Locale.ROOT), table.toUpperCase(Locale.ROOT));
    }
  }
}
