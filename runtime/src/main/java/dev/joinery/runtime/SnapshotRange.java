package dev.joinery.runtime;

import org.apache.spark.sql.DataFrameReader;

/**
 * The snapshots of a bookmarked Iceberg source a run reads: after {@code start} (exclusive; null
 * for the whole table) up to {@code end}; empty when there is nothing new.
 *
 * @param rows the rows those snapshots added
 */
record SnapshotRange(Long start, Long end, long rows) {
  /** How the bookmark table records an Iceberg snapshot a run read up to, in place of a file path. */
  static final String PREFIX = "iceberg snapshot ";

  boolean isEmpty() {
    return end == null || end.equals(start);
  }

  /** A reader of just these snapshots (Iceberg's incremental append scan), or of the table at {@code end}. */
  DataFrameReader reader(DataFrameReader reader) {
    return start == null ? reader.option("versionAsOf", end)
        : reader.option("start-snapshot-id", start).option("end-snapshot-id", end);
  }

  /** The snapshot a bookmark entry names, or null if it names a file. */
  static Long snapshotOf(String path) {
    return path.startsWith(PREFIX) ? Long.valueOf(path.substring(PREFIX.length())) : null;
  }
}
