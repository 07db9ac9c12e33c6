package dev.joinery.runtime;

import dev.joinery.annotations.WriteMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * One sink's output, written beside the table into a hidden staging directory and swapped in only
 * when the whole run has succeeded. Until {@link #commit()} readers see the previous version,
 * complete; a failed or killed run leaves at most a hidden staging directory behind.
 */
final class StagedWrite {
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
    String name = this.location.getName();
    this.staging = new Path(this.location.getParent(), "." + name + ".joinery-staging-" + runId);
    this.previous = new Path(this.location.getParent(), "." + name + ".joinery-previous-" + runId);
  }

  SinkSpec sink() {
    return sink;
  }

  Path location() {
    return location;
  }

  /** Writes {@code data} (an action) to the staging directory. */
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

  /** Makes the staged version the table's: two renames, the old version kept until the new one is in place. */
  void commit() {
    try {
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
      // Nothing visible depends on the staging directory; a later run uses a new one.
    }
  }
}
