package dev.joinery.runtime;

import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * Which folders under a file table's location hold its rows: the location itself for an
 * unpartitioned table, and {@code column=value} folders, one level per partition column, for a
 * partitioned one. A data file anywhere else (an {@code old/} or {@code 2024/} folder) fails the
 * run rather than be silently read or left out; hidden files and folders ({@code _x}, {@code .x})
 * are never data.
 */
final class PartitionFolders {
  private PartitionFolders() {}

  static void check(TableSpec table, String location, List<Path> files) {
    String root = new Path(location).toUri().getPath();
    for (Path file : files) {
      String path = file.toUri().getPath();
      if (!path.startsWith(root)) {
        continue;
      }
      String[] folders = path.substring(root.length()).replaceAll("^/+", "").split("/");
      List<String> partitions = table.partitionBy();
      boolean fits = folders.length - 1 == partitions.size();
      for (int i = 0; fits && i < folders.length - 1; i++) {
        fits = folders[i].startsWith(partitions.get(i) + "=");
      }
      if (!fits) {
        String expected = partitions.isEmpty()
            ? "the table has no partition columns, so its files sit directly in " + location
            : "the table's files sit in folders " + String.join("/", partitions.stream().map(c -> c + "=...").toList())
                + " under " + location;
        throw new JoineryDataException(table.name(), file.toString(), null, "Table " + table.name() + ": file "
            + file + " is in a folder that is not the table's (" + expected + "), so it would be left out or read"
            + " by mistake. Move it out of the location, or into the right folder.");
      }
    }
  }
}
