package dev.joinery.samples.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.joinery.annotations.Format;
import dev.joinery.catalog.TableEntry;
import dev.joinery.crawler.CrawlResult;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler over a real file of every format: the record it writes compiles with the Joinery
 * processor, the table is in the catalog, and a job that reads the table through the record reads
 * every row (a count, which checks every column of every row as any read does). The access log,
 * classified by grok, is also aggregated. One crawl, one compilation and one run serve all tests.
 */
class CrawledTablesTest {
  @TempDir static Path dir;

  /** Sample folder, expected format, rows in its files. */
  private record Sample(String folder, Format format, long rows) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample("csv", Format.CSV, 3),
      new Sample("semicolon", Format.CSV, 3),
      new Sample("jsonl", Format.JSON, 3),
      new Sample("json", Format.JSON, 2),
      new Sample("parquet", Format.PARQUET, 3),
      new Sample("orc", Format.ORC, 3),
      new Sample("avro", Format.AVRO, 3),
      new Sample("xml", Format.XML, 3),
      new Sample("access_log", Format.GROK, 5));

  private static final String HITS = """
      package crawled;

      import dev.joinery.annotations.*;

      @Table(name = "reports.hits", location = "out/hits", format = Format.CSV)
      public record Hits(long response, @Count long requests, @Sum("bytes") Long bytes) {}
      """;

  private static CrawledProject project;
  private static final Map<String, CrawlResult> results = new LinkedHashMap<>();
  private static RunReport report;

  @BeforeAll
  static void crawlCompileAndRun() {
    project = new CrawledProject(dir);
    List<String> sources = new ArrayList<>();
    StringBuilder steps = new StringBuilder();
    for (Sample sample : SAMPLES) {
      String location = project.copy(CrawledProject.SAMPLES.resolve(sample.folder()), sample.folder());
      results.put(sample.folder(), project.crawl(location, "raw." + sample.folder()));
      steps.append(countStep(sample.folder()));
      sources.addAll(countTable(sample.folder()));
    }
    // One job reads every table: one compilation, one run.
    sources.addAll(List.of("crawled.Hits", HITS, "crawled.CrawledTablesJob", """
        package crawled;

        import dev.joinery.annotations.*;

        @Job(name = "crawled_tables")
        final class CrawledTablesJob {
        %s
          /** Requests and bytes per response status, from the grok-classified access log. */
          @Aggregate(from = "raw.access_log", groupBy = "response")
          @Sink
          Hits hits;
        }
        """.formatted(steps)));
    Compilation compilation = project.compile(sources.toArray(String[]::new));
    report = SparkSessions.run(project.job(compilation, "crawled_tables"), dir);
  }

  @Test
  void everyFormatIsDetectedRegisteredAndReadInFull() {
    for (Sample sample : SAMPLES) {
      CrawlResult result = results.get(sample.folder());
      assertEquals(sample.format(), result.format().format(), sample.folder());
      assertNotNull(result.written(), sample.folder());
      assertTrue(result.registered(), sample.folder());

      assertEquals(sample.rows(), report.rowsRead().get("raw." + sample.folder()), sample.folder());
      assertEquals(0, report.skippedRows().getOrDefault("raw." + sample.folder(), 0L), sample.folder());
      List<Row> counted = SparkSessions.spark().read().parquet(dir.resolve("out/count_" + sample.folder()).toString())
          .collectAsList();
      assertEquals(sample.rows(), counted.get(0).getLong(0), sample.folder());

      TableEntry entry = project.catalog().table("raw." + sample.folder()).orElseThrow();
      assertEquals(sample.format().name(), entry.format());
      assertEquals(result.schema().columns().stream().map(c -> c.name()).toList(),
          entry.columns().stream().map(TableEntry.ColumnEntry::name).toList());
    }
  }

  @Test
  void columnNamesThatAreNoJavaNamesAreMapped() {
    String csv = results.get("csv").source();
    assertTrue(csv.contains("@Column(\"reading id\") long readingId"), csv);
    assertTrue(csv.contains("@Column(\"Device-Name\") String deviceName"), csv);
    assertTrue(csv.contains("@Column(\"measured_at\") Instant measuredAt"), csv);
    String semicolon = results.get("semicolon").source();
    assertTrue(semicolon.contains("delimiter = \";\""), semicolon);
    assertTrue(semicolon.contains("options = \"dateFormat=dd/MM/yyyy\""), semicolon);
    String parquet = results.get("parquet").source();
    assertTrue(parquet.contains("partitionBy = \"day\""), parquet);
    assertTrue(parquet.contains("@Decimal(precision = 6, scale = 2) BigDecimal cost"), parquet);
  }

  @Test
  void aGrokClassifiedAccessLogIsReadAndAggregated() {
    String source = results.get("access_log").source();
    assertTrue(source.contains("format = Format.GROK"), source);
    assertTrue(source.contains("\"pattern=%{COMBINEDAPACHELOG}\""), source);
    assertTrue(source.contains("Long bytes"), source); // "-" for the redirect: empty
    List<String> rows = SparkSessions.spark().read().option("header", "true").csv(dir.resolve("out/hits").toString())
        .orderBy("response").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[200,3,9772]", "[302,1,null]", "[404,1,512]"), rows);
  }

  private static String name(String folder) {
    return Character.toUpperCase(folder.charAt(0)) + folder.substring(1).replace("_", "");
  }

  /** A step that counts the rows of table {@code raw.<folder>} into table {@code out.count_<folder>}. */
  private static String countStep(String folder) {
    return """
          @Aggregate(from = "raw.%1$s")
          @Sink
          Count%2$s %1$s;
        """.formatted(folder, name(folder));
  }

  private static List<String> countTable(String folder) {
    String count = """
        package crawled;

        import dev.joinery.annotations.*;

        @Table(name = "out.count_%1$s", location = "out/count_%1$s", format = Format.PARQUET)
        public record Count%2$s(@Count long rows) {}
        """.formatted(folder, name(folder));
    return List.of("crawled.Count" + name(folder), count);
  }
}
