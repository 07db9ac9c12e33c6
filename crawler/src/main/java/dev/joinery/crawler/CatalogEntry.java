package dev.joinery.crawler;

import dev.joinery.catalog.TableEntry;
import dev.joinery.catalog.TableEntry.ColumnEntry;
import dev.joinery.crawler.source.TableProposal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.DecimalType;

/**
 * The catalog entry of a proposed table, as a run of a job reading its record would register it:
 * columns by their names in the data, nullable unless the record makes them primitive.
 */
final class CatalogEntry {
  private CatalogEntry() {}

  static TableEntry of(TableProposal table, String resolvedLocation) {
    List<ColumnEntry> columns = table.columns().stream()
        .map(c -> new ColumnEntry(c.data().name(), c.data().sqlType(), c.data().nullable() || !primitive(c.data().type())))
        .toList();
    List<String> partitions = table.columns().stream().filter(c -> c.data().partition()).map(c -> c.data().name())
        .toList();
    return new TableEntry(table.tableName(), resolvedLocation, table.format().name(), Map.copyOf(table.options()),
        partitions, "Crawled from " + table.location() + ".", columns, null);
  }

  /** Whether the record declares the type primitive when the column is never empty. */
  private static boolean primitive(DataType type) {
    return type instanceof BooleanType || type instanceof NumericType && !(type instanceof DecimalType);
  }
}
