package dev.joinery.catalog;

import java.util.List;
import java.util.Map;

/**
 * A table as the catalog knows it.
 *
 * @param writerJob the job that writes it, null for a table only read
 */
public record TableEntry(String name, String location, String format, Map<String, String> options,
    List<String> partitionBy, String description, List<ColumnEntry> columns, String writerJob) {

  public TableEntry {
    options = Map.copyOf(options);
    partitionBy = List.copyOf(partitionBy);
    columns = List.copyOf(columns);
  }

  /** The part of {@code database.table} before the dot, or {@code default}. */
  public String database() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "default" : name.substring(0, dot);
  }

  /** A column: its Spark SQL type ({@code decimal(10,2)}, {@code array<string>}) and whether it takes nulls. */
  public record ColumnEntry(String name, String type, boolean nullable) {}
}
