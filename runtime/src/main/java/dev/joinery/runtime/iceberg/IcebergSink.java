package dev.joinery.runtime.iceberg;

import dev.joinery.annotations.WriteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotChanges;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.spark.SparkSchemaUtil;
import org.apache.spark.sql.DataFrameWriterV2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One run's output to an Iceberg table. When it is the run's only output, Spark writes and commits
 * it in one atomic commit. Otherwise Spark writes the data files and commits them as a
 * <em>staged</em> snapshot (Iceberg's write-audit-publish), which readers never see; only when every
 * sink of the run is written does {@link #publish()} commit a snapshot that readers see, retrying
 * against concurrent commits. Either way a run killed before its commit leaves the table as it was;
 * its files are orphans that {@code joinery table expire} removes.
 */
public final class IcebergSink {
  /** Snapshot summary property naming the Joinery run that committed a snapshot. */
  public static final String RUN_ID_PROPERTY = "joinery.run-id";

  private final SparkSession session;
  private final Catalog catalog;
  private final String tableName;
  private final TableIdentifier identifier;
  private final WriteMode mode;
  private final String runId;
  private final boolean onlyOutput;
  private List<DataFile> staged = List.of();
  private boolean committed;

  /** @param onlyOutput whether this is the run's only sink, which then needs no staging */
  public IcebergSink(SparkSession session, Catalog catalog, String tableName, WriteMode mode, String runId,
      boolean onlyOutput) {
    this.session = session;
    this.catalog = catalog;
    this.tableName = tableName;
    this.identifier = IcebergCatalogs.identifier(tableName);
    this.mode = mode;
    this.runId = runId;
    this.onlyOutput = onlyOutput;
  }

  /**
   * Creates the table at {@code location} if the catalog has none of that name, with the record's
   * schema and identity partitions. An existing table gains the columns the record added and the
   * widenings it made (int to long, float to double, a wider decimal), as Iceberg evolves schemas:
   * in metadata only, old snapshots keep reading as they were.
   */
  public static Table createIfMissing(Catalog catalog, String tableName, StructType schema, List<String> partitionBy,
      String location) {
    TableIdentifier id = IcebergCatalogs.identifier(tableName);
    if (catalog.tableExists(id)) {
      Table table = catalog.loadTable(id);
      if (!holds(SparkSchemaUtil.convert(table.schema()), schema)) {
        table.updateSchema().unionByNameWith(SparkSchemaUtil.convert(schema)).commit();
      }
      return table;
    }
    if (catalog instanceof SupportsNamespaces namespaces && !namespaces.namespaceExists(id.namespace())) {
      try {
        namespaces.createNamespace(id.namespace());
      } catch (AlreadyExistsException createdMeanwhile) {
        // another run created it first
      }
    }
    Schema icebergSchema = SparkSchemaUtil.convert(schema);
    PartitionSpec.Builder spec = PartitionSpec.builderFor(icebergSchema);
    partitionBy.forEach(spec::identity);
    try {
      return catalog.buildTable(id, icebergSchema)
          .withPartitionSpec(spec.build())
          .withLocation(location)
          .withProperties(Map.of(
              TableProperties.FORMAT_VERSION, "2",
              TableProperties.WRITE_AUDIT_PUBLISH_ENABLED, "true",
              // Concurrent runs commit optimistically; give them room to retry.
              TableProperties.COMMIT_NUM_RETRIES, "20",
              TableProperties.COMMIT_MIN_RETRY_WAIT_MS, "50",
              // The retention policy runs apply after each commit (see expireByPolicy).
              TableProperties.MIN_SNAPSHOTS_TO_KEEP, "10",
              TableProperties.MAX_SNAPSHOT_AGE_MS, String.valueOf(java.time.Duration.ofDays(7).toMillis())))
          .create();
    } catch (AlreadyExistsException createdMeanwhile) {
      return catalog.loadTable(id);
    }
  }

  /** Whether every column of {@code record} is in {@code table} with its type. */
  private static boolean holds(StructType table, StructType record) {
    for (StructField column : record.fields()) {
      boolean found = false;
      for (StructField existing : table.fields()) {
        found |= existing.name().equals(column.name())
            && DataType.equalsIgnoreCaseAndNullability(existing.dataType(), column.dataType());
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes {@code data} (an action): committed at once when this is the run's only output, as a
   * staged snapshot otherwise.
   */
  public void write(Dataset<Row> data) {
    DataFrameWriterV2<Row> writer = data.writeTo(IcebergCatalogs.sparkName(tableName))
        // Record components decide nullability; Spark's plans may mark a non-null column nullable.
        .option("check-nullability", "false")
        .option("snapshot-property." + RUN_ID_PROPERTY, runId);
    if (!onlyOutput) {
      session.conf().set("spark.wap.id", runId);
    }
    try {
      if (onlyOutput && mode == WriteMode.OVERWRITE) {
        writer.overwrite(functions.lit(true));
      } else {
        writer.append();
      }
    } catch (NoSuchTableException e) {
      throw new IllegalStateException("Table " + tableName + " left the catalog during the run", e);
    } finally {
      session.conf().unset("spark.wap.id");
    }
    if (onlyOutput) {
      committed = true;
      return;
    }
    Table table = catalog.loadTable(identifier);
    List<DataFile> files = new ArrayList<>();
    for (Snapshot snapshot : table.snapshots()) {
      if (runId.equals(snapshot.summary().get(SnapshotSummary.STAGED_WAP_ID_PROP))) {
        SnapshotChanges.builderFor(table).snapshot(snapshot).build().addedDataFiles().forEach(files::add);
      }
    }
    staged = files;
  }

  /**
   * Makes the staged files the table's new current snapshot: added to it for {@code APPEND},
   * replacing all its rows otherwise. Returns the snapshot's id.
   */
  public long publish() {
    Table table = catalog.loadTable(identifier);
    if (committed) {
      return snapshotOfThisRun(table);
    }
    if (mode == WriteMode.APPEND) {
      AppendFiles append = table.newAppend();
      staged.forEach(append::appendFile);
      append.set(RUN_ID_PROPERTY, runId).commit();
    } else {
      OverwriteFiles overwrite = table.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue());
      staged.forEach(overwrite::addFile);
      overwrite.set(RUN_ID_PROPERTY, runId).commit();
    }
    table.refresh();
    return snapshotOfThisRun(table);
  }

  private long snapshotOfThisRun(Table table) {
    for (Snapshot snapshot = table.currentSnapshot(); snapshot != null;
        snapshot = snapshot.parentId() == null ? null : table.snapshot(snapshot.parentId())) {
      if (runId.equals(snapshot.summary().get(RUN_ID_PROPERTY))) {
        return snapshot.snapshotId();
      }
    }
    throw new IllegalStateException("Table " + tableName + ": the snapshot of run " + runId + " is not in its history");
  }

  /**
   * Applies the table's retention policy (properties {@code history.expire.min-snapshots-to-keep}
   * and {@code history.expire.max-snapshot-age-ms}: by default the last 10 versions, and any
   * younger than 7 days): expires older snapshots and deletes the files only they used. Costs a
   * commit only when something is due. Returns how many snapshots expired.
   */
  public int expireByPolicy() {
    Table table = catalog.loadTable(identifier);
    int keep = Integer.parseInt(table.properties().getOrDefault(TableProperties.MIN_SNAPSHOTS_TO_KEEP,
        String.valueOf(TableProperties.MIN_SNAPSHOTS_TO_KEEP_DEFAULT)));
    long maxAge = Long.parseLong(table.properties().getOrDefault(TableProperties.MAX_SNAPSHOT_AGE_MS,
        String.valueOf(TableProperties.MAX_SNAPSHOT_AGE_MS_DEFAULT)));
    long cutoff = System.currentTimeMillis() - maxAge;
    int before = IcebergTables.count(table);
    if (before <= keep || java.util.stream.StreamSupport.stream(table.snapshots().spliterator(), false)
        .noneMatch(s -> s.timestampMillis() < cutoff)) {
      return 0;
    }
    table.expireSnapshots().commit(); // the table's properties are its defaults
    table.refresh();
    return before - IcebergTables.count(table);
  }

  public String tableName() {
    return tableName;
  }
}
