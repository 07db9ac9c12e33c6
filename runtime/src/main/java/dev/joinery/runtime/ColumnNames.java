package dev.joinery.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The table columns whose name in the data differs from their record component's ({@code
 * @Column}). Everything that touches the data (reads, checks, writes, the catalog) uses the
 * data's names; steps use the components'. A run renames at the two borders: after a read and
 * before a write.
 *
 * @param columns component name to column name, only where they differ
 */
public record ColumnNames(Map<String, String> columns) {
  public static final ColumnNames NONE = new ColumnNames(Map.of());

  public ColumnNames {
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** From alternating component and column names, as generated code writes them. */
  public static ColumnNames of(String... componentsAndColumns) {
    return new ColumnNames(TableSpec.optionsOf(componentsAndColumns));
  }

  /** The column of a component. */
  public String columnOf(String component) {
    return columns.getOrDefault(component, component);
  }

  /** The component of a column. */
  public String componentOf(String column) {
    return columns.entrySet().stream().filter(e -> e.getValue().equals(column)).map(Map.Entry::getKey).findFirst()
        .orElse(column);
  }

  /** The record's schema with each field under its column's name. */
  StructType stored(StructType componentSchema) {
    if (columns.isEmpty()) {
      return componentSchema;
    }
    StructType stored = new StructType();
    for (StructField field : componentSchema.fields()) {
      stored = stored.add(new StructField(columnOf(field.name()), field.dataType(), field.nullable(), field.metadata()));
    }
    return stored;
  }

  /** Rows as read, columns renamed to the components steps know. */
  Dataset<Row> toComponents(Dataset<Row> rows) {
    Map<String, String> renames = new LinkedHashMap<>();
    columns.forEach((component, column) -> renames.put(column, component));
    return columns.isEmpty() ? rows : rows.withColumnsRenamed(renames);
  }

  /** Rows of a step, columns renamed to the data's names for writing. */
  Dataset<Row> toColumns(Dataset<Row> rows) {
    return columns.isEmpty() ? rows : rows.withColumnsRenamed(columns);
  }
}
