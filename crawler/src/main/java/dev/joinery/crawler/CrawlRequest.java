package dev.joinery.crawler;

import dev.joinery.crawler.detection.Classifier;
import java.nio.file.Path;
import java.util.List;

/**
 * What to crawl and what to make of it.
 *
 * @param location the data's folder, relative to {@code baseDir} or a URI; the record's
 *     {@code location} is written as given
 * @param table the catalog name, {@code database.table}
 * @param packageName the new record's package (an existing record keeps its own)
 * @param sourceRoot where records are found by table name and written; null to print the source only
 * @param baseDir the project folder: relative locations and the catalog are under it
 * @param maxFiles how many files a sample reads at most
 * @param maxRows how many rows of them at most (text formats)
 */
public record CrawlRequest(String location, String table, String packageName, Path sourceRoot, Path baseDir,
    List<Classifier> classifiers, DriftPolicy onDrift, int maxFiles, int maxRows) {

  public static final int DEFAULT_MAX_FILES = 32;
  public static final int DEFAULT_MAX_ROWS = 10_000;

  public CrawlRequest {
    classifiers = List.copyOf(classifiers);
  }

  /** The same request for another data set and table (one of a folder of folders). */
  public CrawlRequest forDataSet(String dataSetLocation, String dataSetTable) {
    return new CrawlRequest(dataSetLocation, dataSetTable, packageName, sourceRoot, baseDir, classifiers, onDrift,
        maxFiles, maxRows);
  }

  /** The location as the run resolves it: a URI, or a path under the base directory. */
  public String resolvedLocation() {
    return location.contains(":/") ? location
        : baseDir.resolve(location).toAbsolutePath().normalize().toUri().toString();
  }
}
