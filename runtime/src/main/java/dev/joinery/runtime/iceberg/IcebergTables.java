package dev.joinery.runtime.iceberg;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.Table;
import org.apache.iceberg.actions.DeleteOrphanFiles;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.spark.actions.SparkActions;
import org.apache.iceberg.util.SnapshotUtil;
import org.apache.spark.sql.SparkSession;

/** History, rollback and expiry of the project's Iceberg tables. */
public final class IcebergTables {
  private final Catalog catalog;

  public IcebergTables(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A committed snapshot: what readers saw between it and the next. */
  public record Version(long snapshotId, Long parentId, Instant committedAt, String operation, String runId,
      Long totalRows, boolean current, boolean published) {}

  /** Every snapshot of the table, oldest first; {@code published} marks the current one's ancestry. */
  public List<Version> history(String tableName) {
    Table table = load(tableName);
    Set<Long> published = new HashSet<>();
    if (table.currentSnapshot() != null) {
      SnapshotUtil.ancestorIds(table.currentSnapshot(), table::snapshot).forEach(published::add);
    }
    List<Version> versions = new ArrayList<>();
    long current = table.currentSnapshot() == null ? -1 : table.currentSnapshot().snapshotId();
    for (Snapshot s : table.snapshots()) {
      if (s.summary().containsKey(SnapshotSummary.STAGED_WAP_ID_PROP) && !published.contains(s.snapshotId())) {
        continue; // a run's staged write; its rows reached readers through the run's own commit
      }
      String total = s.summary().get(SnapshotSummary.TOTAL_RECORDS_PROP);
      versions.add(new Version(s.snapshotId(), s.parentId(), Instant.ofEpochMilli(s.timestampMillis()),
          s.operation(), s.summary().get(IcebergSink.RUN_ID_PROPERTY), total == null ? null : Long.parseLong(total),
          s.snapshotId() == current, published.contains(s.snapshotId())));
    }
    versions.sort(java.util.Comparator.comparing(Version::committedAt).thenComparing(Version::snapshotId));
    return versions;
  }

  /** Makes {@code snapshotId} the table's current snapshot again (itself a commit, so it can be undone). */
  public void rollback(String tableName, long snapshotId) {
    Table table = load(tableName);
    if (table.snapshot(snapshotId) == null) {
      throw new IllegalArgumentException("Table " + tableName + " has no snapshot " + snapshotId
          + "; `joinery table history " + tableName + "` lists them.");
    }
    table.manageSnapshots().setCurrentSnapshot(snapshotId).commit();
  }

  /** What {@link #expire} removed. */
  public record Expiry(int snapshotsBefore, int snapshotsAfter, long orphanFilesRemoved) {}

  /**
   * Expires snapshots older than {@code olderThan} beyond the last {@code retainLast}, then, with a
   * Spark session, removes files no snapshot references that are older than {@code orphansOlderThan}
   * (younger ones may belong to a run still writing).
   */
  public Expiry expire(String tableName, int retainLast, Duration olderThan, SparkSession spark,
      Duration orphansOlderThan) {
    Table table = load(tableName);
    int before = count(table);
    table.expireSnapshots()
        .retainLast(retainLast)
        .expireOlderThan(Instant.now().minus(olderThan).toEpochMilli())
        .commit();
    table.refresh();
    long orphans = 0;
    if (spark != null) {
      DeleteOrphanFiles.Result result = SparkActions.get(spark).deleteOrphanFiles(table)
          .olderThan(Instant.now().minus(orphansOlderThan).toEpochMilli())
          .execute();
      for (var ignored : result.orphanFileLocations()) {
        orphans++;
      }
    }
    return new Expiry(before, count(table), orphans);
  }

  public Table load(String tableName) {
    TableIdentifier id = IcebergCatalogs.identifier(tableName);
    if (!catalog.tableExists(id)) {
      throw new IllegalArgumentException("The catalog has no Iceberg table " + tableName
          + "; `joinery catalog list` shows the tables.");
    }
    return catalog.loadTable(id);
  }

  /** How many snapshots the table keeps, published or staged. */
  static int count(Table table) {
    int n = 0;
    for (Snapshot ignored : table.snapshots()) {
      n++;
    }
    return n;
  }
}
