package dev.joinery.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The data files under a table location, as Spark would read them. */
public final class DataFiles {
  private DataFiles() {}

  static FileSystem fileSystem(String location, Configuration conf) {
    try {
      return new Path(location).getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files under {@code location}, recursively, skipping Spark's and Hadoop's hidden files; sorted by path. */
  public static List<Path> list(String location, Configuration conf) {
    return statuses(location, conf).stream().map(FileStatus::getPath).toList();
  }

  /** {@link #list}, with each file's size and modification time. */
  public static List<FileStatus> statuses(String location, Configuration conf) {
    Path root = new Path(location);
    FileSystem fs = fileSystem(location, conf);
    List<FileStatus> files = new ArrayList<>();
    try {
      if (!fs.exists(root)) {
        return files;
      }
      collect(fs, fs.getFileStatus(root), files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(f -> f.getPath().toString()));
    return files;
  }

  private static void collect(FileSystem fs, FileStatus status, List<FileStatus> into) throws IOException {
    if (status.isFile()) {
      if (isVisible(status.getPath())) {
        into.add(status);
      }
      return;
    }
    for (FileStatus child : fs.listStatus(status.getPath())) {
      if (isVisible(child.getPath())) {
        collect(fs, child, into);
      }
    }
  }

  private static boolean isVisible(Path path) {
    String name = path.getName();
    return !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".crc");
  }

  static boolean exists(String location, Configuration conf) {
    try {
      return fileSystem(location, conf).exists(new Path(location));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean hasData(String location, Configuration conf) {
    return !list(location, conf).isEmpty();
  }
}
