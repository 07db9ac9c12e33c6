package dev.joinery.crawler;

import dev.joinery.runtime.DataFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * What a location holds: its data files (as a run would read them), the Hive-style partition
 * folders they sit in ({@code day=2026-11-01/}), and, for a folder of folders, the data sets in it.
 *
 * @param partitionColumns the partition columns, outermost first, the same under every file
 * @param partitions each partition folder under the location, {@code day=2026-11-01/country=NL}, sorted
 */
public record DataFolder(String location, List<Path> files, List<String> partitionColumns, List<String> partitions) {
  private static final Pattern PARTITION = Pattern.compile("([^=/]+)=([^/]*)");

  public static DataFolder scan(String location, Configuration conf) {
    List<Path> files = DataFiles.list(location, conf);
    String root = new Path(location).toUri().getPath();
    List<String> columns = null;
    TreeSet<String> partitions = new TreeSet<>();
    for (Path file : files) {
      List<String> fileColumns = new ArrayList<>();
      List<String> folders = new ArrayList<>();
      for (String segment : relativeFolders(root, file)) {
        Matcher partition = PARTITION.matcher(segment);
        if (partition.matches()) {
          fileColumns.add(partition.group(1));
          folders.add(segment);
        }
      }
      if (columns == null) {
        columns = fileColumns;
      } else if (!columns.equals(fileColumns)) {
        throw new CrawlException("Files under " + location + " sit in different partition folders (" + columns
            + " and " + fileColumns + " at " + file + "); a table's files are partitioned the same way throughout.");
      }
      if (!folders.isEmpty()) {
        partitions.add(String.join("/", folders));
      }
    }
    return new DataFolder(location, files, columns == null ? List.of() : List.copyOf(columns),
        List.copyOf(partitions));
  }

  /**
   * The data sets of a folder of folders: each direct subfolder that holds files and is no
   * partition folder, by name. Empty when the location is itself one data set (its files lie in
   * it or in partition folders).
   */
  public static Map<String, String> dataSets(String location, Configuration conf) {
    List<Path> files = DataFiles.list(location, conf);
    String root = new Path(location).toUri().getPath();
    Map<String, String> sets = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> folders = relativeFolders(root, file);
      if (folders.isEmpty() || PARTITION.matcher(folders.get(0)).matches()) {
        return Map.of(); // files at the top, or partitions: one data set
      }
      sets.putIfAbsent(folders.get(0), new Path(new Path(location), folders.get(0)).toString());
    }
    return sets;
  }

  private static List<String> relativeFolders(String root, Path file) {
    String parent = file.getParent().toUri().getPath();
    String relative = parent.length() <= root.length() ? "" : parent.substring(root.length()).replaceAll("^/+", "");
    return relative.isEmpty() ? List.of() : List.of(relative.split("/"));
  }

  /** At most {@code maxFiles} of the files, spread over the folder: what a sample reads. */
  public List<Path> sample(int maxFiles) {
    if (files.size() <= maxFiles) {
      return files;
    }
    // Spread over the folder rather than its first files, which may all be one old partition.
    List<Path> sample = new ArrayList<>();
    double step = (double) files.size() / maxFiles;
    for (int i = 0; i < maxFiles; i++) {
      sample.add(files.get((int) (i * step)));
    }
    return sample;
  }
}
