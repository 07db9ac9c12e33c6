package dev.joinery.runtime;

import dev.joinery.runtime.iceberg.IcebergCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.catalog.Catalog;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.spark.sql.SparkSession;

/**
 * How many rows a source table holds, before any filter: what "read N rows" reports and what the
 * empty-input check looks at. Counted apart from the job's own plan, so pushed-down filters and a
 * sort's sampling pass cannot change it. Iceberg, Parquet and ORC answer from metadata (the
 * snapshot summary, file footers); CSV, JSON and Avro are counted by Spark without parsing columns.
 */
final class SourceRows {
  private SourceRows() {}

  static long ofIceberg(Catalog iceberg, TableSpec table) {
    Snapshot current = iceberg.loadTable(IcebergCatalogs.identifier(table.name())).currentSnapshot();
    return current == null ? 0 : Long.parseLong(current.summary().getOrDefault(SnapshotSummary.TOTAL_RECORDS_PROP, "0"));
  }

  /**
   * @param files the table's data files, as {@link DataFiles#list} finds them
   * @param onlyThese whether the run reads these files only (a bookmark's new files) rather than the location
   */
  static long ofFiles(SparkSession spark, TableSpec table, String location, List<Path> files, boolean onlyThese,
      ParquetFooters footers) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    switch (table.format()) {
      case PARQUET:
        // Footers are small independent reads; a Spark job to count them costs more than reading them.
        return files.parallelStream().mapToLong(footers::rows).sum();
      case ORC:
        return files.parallelStream().mapToLong(file -> orcRows(file, conf)).sum();
      case GROK: case REGEX:
        List<String> lines = onlyThese ? files.stream().map(Path::toString).toList() : null;
        return RawRows.reader(spark, location, lines).text(RawRows.paths(location, lines))
            .filter(org.apache.spark.sql.functions.trim(org.apache.spark.sql.functions.col("value")).notEqual(""))
            .count();
      default:
        List<String> chosen = onlyThese ? files.stream().map(Path::toString).toList() : null;
        return RawRows.reader(spark, location, chosen).format(table.sparkFormat()).options(table.readerOptions())
            .schema(table.schema()).load(RawRows.paths(location, chosen)).count();
    }
  }

  private static long orcRows(Path file, Configuration conf) {
    try (Reader reader = OrcFile.createReader(file, OrcFile.readerOptions(conf))) {
      return reader.getNumberOfRows();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ORC footer of " + file + ": " + e.getMessage(), e);
    }
  }
}
