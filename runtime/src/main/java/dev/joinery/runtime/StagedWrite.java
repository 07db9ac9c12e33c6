package dev.joinery.runtime;

import dev.joinery.annotations.WriteMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * One sink's output to a plain file table (for systems that read files), written beside the
 * table into a hidden staging folder and swapped in only when the whole run has succeeded. The
 * run holds the table's catalog lock from staging to swap, so writers never interleave, and
 * {@link #repair} finishes or undoes a swap a killed run left half done.
 */
final class StagedWrite {
  private static final String STAGING = ".joinery-staging-";
  private static final String PREVIOUS = ".joinery-previous-";

  private final SinkSpec sink;
  private final Path location;
  private final Path staging;
  private final Path previous;
  private final FileSystem fs;
  private final Configuration conf;

  StagedWrite(SinkSpec sink, String location, String runId, Configuration conf) {
    this.sink = sink;
    this.location = new Path(location);
    this.conf = conf;
    this.fs = DataFiles.fileSystem(location, conf);
    this.staging = sibling(this.location, STAGING + runId);
    this.previous = sibling(this.location, PREVIOUS + runId);
  }

  SinkSpec sink() {
    return sink;
  }

  Path location() {
    return location;
  }

  /** Writes {@code data} (an action) to the staging folder. */
  void stage(Dataset<Row> data) {
    TableSpec table = sink.table();
    try {
      if (sink.mode() == WriteMode.APPEND && fs.exists(location)) {
        // Appending in place would expose a half-written append; start the new version from a copy.
        FileUtil.copy(fs, location, fs, staging, false, conf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    data.write()
        .format(table.sparkFormat())
        .options(table.options())
        .partitionBy(table.partitionBy().toArray(String[]::new))
        .mode(SaveMode.Append)
        .save(staging.toString());
  }

  /**
   * Makes the staged version the table's: the old version is renamed aside, the new one into
   * place, the old one deleted. A kill between the renames is repaired by the next writer.
   */
  void commit() {
    try {
      if (!fs.exists(staging)) {
        fs.mkdirs(staging); // a run that wrote no rows still replaces the table with an empty one
      }
      boolean hadPrevious = fs.exists(location);
      if (hadPrevious && !fs.rename(location, previous)) {
        throw new IOException("could not move " + location + " aside");
      }
      if (!fs.rename(staging, location)) {
        if (hadPrevious) {
          fs.rename(previous, location);
        }
        throw new IOException("could not move " + staging + " to " + location);
      }
      if (hadPrevious) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Table " + sink.table().name() + ": commit failed; " + e.getMessage(), e);
    }
  }

  /** Removes what this run staged; the table is untouched. */
  void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Nothing visible depends on the staging folder; the next writer removes it.
    }
  }

  /**
   * Puts the table at {@code location} back in order after a killed run; the caller holds the
   * table's lock, so no live run owns a staging or previous folder. A swap killed between its two
   * renames is finished (the staged version was complete: swaps start only after every sink was
   * written); leftover staging folders are removed. Returns what was done, one line each.
   */
  static List<String> repair(String tableName, String location, Configuration conf) {
    Path table = new Path(location);
    FileSystem fs = DataFiles.fileSystem(location, conf);
    List<String> done = new ArrayList<>();
    try {
      if (table.getParent() == null || !fs.exists(table.getParent())) {
        return done;
      }
      String prefix = "." + table.getName();
      for (FileStatus entry : fs.listStatus(table.getParent())) {
        String name = entry.getPath().getName();
        if (!name.startsWith(prefix + PREVIOUS)) {
          continue;
        }
        Path staged = sibling(table, STAGING + name.substring((prefix + PREVIOUS).length()));
        if (fs.exists(table)) {
          fs.delete(entry.getPath(), true);
          done.add("removed the previous version a finished swap left at " + entry.getPath());
        } else if (fs.exists(staged) && fs.rename(staged, table)) {
          fs.delete(entry.getPath(), true);
          done.add("finished a swap a killed run left half done: the new version is now at " + table);
        } else if (fs.rename(entry.getPath(), table)) {
          done.add("restored the previous version a killed run had moved aside, at " + table);
        }
      }
      for (FileStatus entry : fs.listStatus(table.getParent())) {
        if (entry.getPath().getName().startsWith(prefix + STAGING)) {
          fs.delete(entry.getPath(), true);
          done.add("removed staged output of a run that did not finish: " + entry.getPath());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Table " + tableName + ": cannot repair " + location + ": " + e.getMessage(), e);
    }
    done.replaceAll(line -> "Table " + tableName + ": " + line);
    return done;
  }

  private static Path sibling(Path location, String suffix) {
    return new Path(location.getParent(), "." + location.getName() + suffix);
  }
}
