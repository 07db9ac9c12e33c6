package dev.joinery.samples.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import dev.joinery.crawler.CrawlRequest;
import dev.joinery.crawler.CrawlResult;
import dev.joinery.crawler.Crawler;
import dev.joinery.crawler.DriftPolicy;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.shop.CustomerRows;
import dev.joinery.samples.shop.OrderRows;
import dev.joinery.samples.web.AccessLogEntryRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample jobs' own raw data, crawled: the crawler finds the hand-written records by table name
 * and reports no drift, and the records it writes itself have the hand-written ones' columns and
 * types (their compiled Spark schemas compared), and read every row.
 */
class SampleDataCrawlTest {
  @TempDir static Path dir;
  private static CrawledProject project;

  @BeforeAll
  static void copyData() {
    project = new CrawledProject(dir);
    for (String table : List.of("orders", "customers", "access_log")) {
      project.copy(Path.of("data/raw", table), "raw/" + table);
    }
  }

  @Test
  void theHandWrittenRecordsFitTheirDataWithoutDrift() {
    Crawler crawler = new Crawler(SparkSessions.spark(), project.catalog(), line -> { });
    for (String table : List.of("orders", "customers", "access_log")) {
      // The real sources, with FAIL: the crawler reads them and, finding no drift, writes nothing.
      CrawlResult result = crawler.crawl(new CrawlRequest("data/raw/" + table, "raw." + table, "", Path.of("src/main/java"),
          dir, List.of(), DriftPolicy.FAIL, CrawlRequest.DEFAULT_MAX_FILES, CrawlRequest.DEFAULT_MAX_ROWS));
      assertNotNull(result.existing(), table);
      assertEquals(List.of(), result.changes(), table);
      assertNull(result.written(), table);
    }
  }

  @Test
  void crawledRecordsHaveTheHandWrittenColumnsAndReadEveryRow() throws Exception {
    List<String> sources = new ArrayList<>();
    for (String table : List.of("orders", "customers", "access_log")) {
      project.crawl("data/raw/" + table, "crawled." + table);
    }
    sources.addAll(List.of("crawled.Counts", """
        package crawled;

        import dev.joinery.annotations.*;

        @Table(name = "out.counts", location = "out/counts", format = Format.CSV)
        public record Counts(@Count long rows) {}
        """, "crawled.OrderCountJob", """
        package crawled;

        import dev.joinery.annotations.*;

        @Job(name = "count_orders")
        final class OrderCountJob {
          @Aggregate(from = "crawled.orders")
          @Sink
          Counts counts;
        }
        """));
    Compilation compilation = project.compile(sources.toArray(String[]::new));
    RunReport report = SparkSessions.run(project.job(compilation, "count_orders"), dir);
    // 3000 orders, 30 with a price that is no number: the crawled record skips them, as the hand-written one does.
    assertEquals(3000, report.rowsRead().get("crawled.orders"));
    assertEquals(30, report.skippedRows().get("crawled.orders"));

    ClassLoader classes = project.job(compilation, "count_orders").getClass().getClassLoader();
    assertSameColumns(OrderRows.SCHEMA, schema(classes, "crawled.OrdersRows"));
    assertSameColumns(CustomerRows.SCHEMA, schema(classes, "crawled.CustomersRows"));
    assertSameColumns(AccessLogEntryRows.SCHEMA, schema(classes, "crawled.AccessLogRows"));
  }

  private static StructType schema(ClassLoader classes, String rows) throws Exception {
    return (StructType) classes.loadClass(rows).getField("SCHEMA").get(null);
  }

  /**
   * Same column names in the same order, same nullability, same types; the one difference allowed
   * is a column the hand-written record narrows to int where the crawler, as Glue's, says bigint.
   */
  private static void assertSameColumns(StructType handWritten, StructType crawled) {
    assertEquals(List.of(handWritten.fieldNames()), List.of(crawled.fieldNames()));
    for (StructField hand : handWritten.fields()) {
      StructField found = crawled.apply(hand.name());
      assertEquals(hand.nullable(), found.nullable(), hand.name());
      boolean narrowed = hand.dataType().equals(DataTypes.IntegerType) && found.dataType().equals(DataTypes.LongType);
      if (!narrowed) {
        assertEquals(hand.dataType(), found.dataType(), hand.name());
      }
    }
  }
}
