package dev.joinery.crawler;

import dev.joinery.runtime.JobLauncher;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for the crawler's tests, and requests over the committed samples. */
final class CrawlSessions {
  private static SparkSession spark;

  private CrawlSessions() {}

  static synchronized SparkSession spark() {
    if (spark == null) {
      spark = JobLauncher.session("crawler-tests", "local[2]", Map.of("spark.sql.shuffle.partitions", "2"));
    }
    return spark;
  }

  /** The committed sample folder {@code name} under {@code src/test/resources/crawl}. */
  static String sample(String name) {
    return Path.of("src/test/resources/crawl", name).toAbsolutePath().toString();
  }

  static CrawlRequest request(String location, String table, Path project) {
    return new CrawlRequest(location, table, "crawled", project.resolve("src"), project, List.of(), DriftPolicy.LOG,
        CrawlRequest.DEFAULT_MAX_FILES, CrawlRequest.DEFAULT_MAX_ROWS);
  }
}
