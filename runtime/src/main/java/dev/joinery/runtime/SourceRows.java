package dev.joinery.runtime;

import dev.joinery.runtime.iceberg.IcebergCatalogs;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.spark.sql.SparkSession;

/**
 * How many rows a source table holds, before any filter: what "read N rows" reports and what the
 * empty-input check looks at. Counted apart from the job's own plan, so pushed-down filters and a
 * sort's sampling pass cannot change it. Iceberg and the columnar formats answer from metadata;
 * CSV and JSON are scanned without parsing their columns.
 */
final class SourceRows {
  private SourceRows() {}

  static long count(SparkSession spark, Catalog iceberg, TableSpec table, String location) {
    if (table.isIceberg()) {
      Table t = iceberg.loadTable(IcebergCatalogs.identifier(table.name()));
      Snapshot current = t.currentSnapshot();
      return current == null ? 0 : Long.parseLong(current.summary().getOrDefault(SnapshotSummary.TOTAL_RECORDS_PROP, "0"));
    }
    return spark.read().format(table.sparkFormat()).options(table.options()).schema(table.schema())
        .load(location).count();
  }
}
