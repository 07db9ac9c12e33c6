package dev.joinery.runtime;

import dev.joinery.catalog.BookmarkFile;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import dev.joinery.runtime.iceberg.IcebergSink;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;

/**
 * A run's view of its job's bookmarks: for each bookmarked source, the files (or Iceberg
 * snapshots) no successful run of the job has read, recorded in the catalog as this run's until it
 * commits; and the recovery of a run killed between its commit and its bookmarks.
 */
final class SourceBookmarks {
  private final JoineryJob job;
  private final String runId;
  private final JoineryCatalog catalog;
  private final PrintStream out;
  private final Supplier<JdbcCatalog> iceberg;
  private final Supplier<Configuration> hadoopConf;
  /** Per bookmarked file source, the files this run reads. */
  private final Map<String, List<Path>> newFiles = new LinkedHashMap<>();
  /** Per bookmarked Iceberg source, the snapshots this run reads. */
  private final Map<String, SnapshotRange> snapshotRanges = new LinkedHashMap<>();

  SourceBookmarks(JoineryJob job, String runId, JoineryCatalog catalog, PrintStream out,
      Supplier<JdbcCatalog> iceberg, Supplier<Configuration> hadoopConf) {
    this.job = job;
    this.runId = runId;
    this.catalog = catalog;
    this.out = out;
    this.iceberg = iceberg;
    this.hadoopConf = hadoopConf;
  }

  /** The new files of a bookmarked file source, once {@link #newFiles} listed them; null for any other. */
  List<Path> filesOf(String table) {
    return newFiles.get(table);
  }

  /** The new snapshots of a bookmarked Iceberg source, once {@link #newSnapshots} found them; null for any other. */
  SnapshotRange snapshotsOf(String table) {
    return snapshotRanges.get(table);
  }

  /** Why a run whose bookmarked sources hold no new rows has nothing to do, naming each and its last run. */
  String whyNothingNew() {
    List<String> why = new ArrayList<>();
    for (String table : job.bookmarked()) {
      String what = snapshotRanges.containsKey(table)
          ? (snapshotRanges.get(table).isEmpty() ? "no new snapshots of " : "no rows in the new snapshots of ")
          : (newFiles.getOrDefault(table, List.of()).isEmpty() ? "no new files in " : "no rows in the new files of ");
      why.add(what + table + lastCommit(table));
    }
    return String.join("; ", why);
  }

  /**
   * The files of a bookmarked source that no successful run of the job has processed (same path,
   * size and modification time), recorded in the catalog as this run's until it commits. A list of
   * files rather than a high-water mark: a file that arrives late with an old modification time
   * (a copy that kept it, a slow upload) is still new.
   */
  List<Path> newFiles(TableSpec table, String location) {
    Set<String> processed = new HashSet<>();
    catalog.bookmarkFiles(job.name(), table.name(), false).forEach(f -> processed.add(f.key()));
    List<BookmarkFile> fresh = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    List<FileStatus> all = DataFiles.statuses(location, hadoopConf.get());
    for (FileStatus status : all) {
      BookmarkFile file = new BookmarkFile(job.name(), table.name(), status.getPath().toString(), status.getLen(),
          Instant.ofEpochMilli(status.getModificationTime()), runId, null);
      if (!processed.contains(file.key())) {
        fresh.add(file);
        paths.add(status.getPath());
      }
    }
    catalog.recordBookmarkFiles(runId, fresh);
    out.printf("  bookmark %s: %d new file%s of %d%n", table.name(), fresh.size(), fresh.size() == 1 ? "" : "s",
        all.size());
    newFiles.put(table.name(), paths);
    return paths;
  }

  /**
   * A run killed after its outputs committed but before its bookmarks advanced left its files
   * recorded as not processed. When every output of the job is an Iceberg table, its snapshots say
   * which run committed them: if each holds a snapshot of that run, its files were processed, and
   * reading them again would write their rows twice. (With a file output that cannot be told, and
   * the files are read again.) Runs of this job are one at a time, so no other holds pending files.
   */
  void recover() {
    if (job.sinks().isEmpty() || !job.sinks().stream().allMatch(s -> s.table().isIceberg())) {
      return;
    }
    Set<String> pendingRuns = new java.util.TreeSet<>();
    catalog.bookmarkFiles(job.name(), null, true).stream()
        .filter(f -> f.committedAt() == null && !f.runId().equals(runId))
        .forEach(f -> pendingRuns.add(f.runId()));
    for (String killed : pendingRuns) {
      boolean committedEverywhere = job.sinks().stream().allMatch(sink -> {
        TableIdentifier id = IcebergCatalogs.identifier(sink.table().name());
        if (!iceberg.get().tableExists(id)) {
          return false;
        }
        for (org.apache.iceberg.Snapshot snapshot : iceberg.get().loadTable(id).snapshots()) {
          if (killed.equals(snapshot.summary().get(IcebergSink.RUN_ID_PROPERTY))) {
            return true;
          }
        }
        return false;
      });
      if (committedEverywhere) {
        catalog.commitBookmarks(killed);
        out.printf("  bookmark: run %s ended after committing its outputs and before advancing its bookmarks;"
            + " its files count as processed%n", killed);
      }
    }
  }

  /**
   * The snapshots of a bookmarked Iceberg source that no successful run of the job has read: those
   * after the snapshot the last one read up to (all of the table if none did), up to the current
   * one, which is recorded in the catalog as this run's until it commits. Iceberg commits in order,
   * so a high-water mark is exact here; only appends can be read incrementally, so a snapshot that
   * overwrote or deleted rows since, or a bookmark the table's history no longer holds (rolled
   * back, expired), fails the run and says to reset or rewind the bookmark.
   */
  SnapshotRange newSnapshots(TableSpec table) {
    org.apache.iceberg.Table t = iceberg.get().loadTable(IcebergCatalogs.identifier(table.name()));
    org.apache.iceberg.Snapshot current = t.currentSnapshot();
    Long last = catalog.bookmarkFiles(job.name(), table.name(), false).stream()
        .max(Comparator.comparing(BookmarkFile::committedAt))
        .map(f -> SnapshotRange.snapshotOf(f.path())).orElse(null);
    SnapshotRange range;
    if (current == null) {
      range = new SnapshotRange(last, last, 0);
    } else if (last == null) {
      range = new SnapshotRange(null, current.snapshotId(), Long.parseLong(
          current.summary().getOrDefault(org.apache.iceberg.SnapshotSummary.TOTAL_RECORDS_PROP, "0")));
    } else if (last == current.snapshotId()) {
      range = new SnapshotRange(last, last, 0);
    } else {
      if (!org.apache.iceberg.util.SnapshotUtil.isAncestorOf(t, current.snapshotId(), last)) {
        throw new JoineryDataException(table.name(), null, null, "Table " + table.name() + ": snapshot " + last
            + ", where the bookmark of job " + job.name() + " stands, is no longer in the table's history (rolled"
            + " back or expired). Run joinery bookmark reset " + job.name() + " --table " + table.name()
            + " to read the whole table, or rewind the bookmark to an earlier run.");
      }
      long added = 0;
      for (org.apache.iceberg.Snapshot s : org.apache.iceberg.util.SnapshotUtil.ancestorsBetween(t, current.snapshotId(), last)) {
        if (!org.apache.iceberg.DataOperations.APPEND.equals(s.operation())) {
          throw new JoineryDataException(table.name(), null, null, "Table " + table.name() + ": snapshot "
              + s.snapshotId() + " (" + s.operation() + ") changed rows the bookmark of job " + job.name()
              + " has read; only appended rows can be read incrementally. Run joinery bookmark reset " + job.name()
              + " --table " + table.name() + " to read the whole table again.");
        }
        added += Long.parseLong(s.summary().getOrDefault(org.apache.iceberg.SnapshotSummary.ADDED_RECORDS_PROP, "0"));
      }
      range = new SnapshotRange(last, current.snapshotId(), added);
    }
    if (!range.isEmpty()) {
      catalog.recordBookmarkFiles(runId, List.of(new BookmarkFile(job.name(), table.name(),
          SnapshotRange.PREFIX + range.end(), range.rows(), Instant.ofEpochMilli(current.timestampMillis()), runId, null)));
    }
    out.printf("  bookmark %s: %s%n", table.name(), range.isEmpty() ? "no new snapshots"
        : range.start() == null ? "every row, up to snapshot " + range.end()
        : "snapshots after " + range.start() + " up to " + range.end());
    snapshotRanges.put(table.name(), range);
    return range;
  }

  /** " since run R (time)", the run that last advanced the table's bookmark, or "" if none did. */
  private String lastCommit(String table) {
    return catalog.bookmarkFiles(job.name(), table, false).stream()
        .max(Comparator.comparing(BookmarkFile::committedAt))
        .map(f -> " since run " + f.runId() + " (" + f.committedAt() + ")")
        .orElse(" (no run has processed any)");
  }
}
