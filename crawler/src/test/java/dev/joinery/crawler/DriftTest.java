package dev.joinery.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TableEntry;
import dev.joinery.crawler.drift.Change;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawling a table again: a retyped and an added column are reported against the record and the
 * catalog, and each policy does what it says (log: nothing changes; fail: nothing changes and the
 * crawl says so; update: the record and the catalog follow the data). New partition folders too.
 */
class DriftTest {
  @TempDir Path project;
  private JoineryCatalog catalog;
  private Path record;

  private static final String FIRST = """
      id,device,temperature,day
      1,d1,21,2026-11-01
      2,d2,19,2026-11-01
      """;
  /** temperature now has decimals (bigint to decimal), and a column was added. */
  private static final String DRIFTED = """
      id,device,temperature,day,humidity
      1,d1,21.5,2026-11-01,0.41
      2,d2,19.25,2026-11-01,0.38
      """;

  @BeforeEach
  void firstCrawl() throws IOException {
    catalog = JoineryCatalog.open(CatalogLocation.forProject(project, Map.of()));
    write("data/readings/readings.csv", FIRST);
    CrawlResult first = crawl(DriftPolicy.LOG);
    record = first.written();
    assertTrue(Files.readString(record).contains("long temperature"), Files.readString(record));
    assertFalse(first.drifted());
  }

  private CrawlResult crawl(DriftPolicy policy) {
    CrawlRequest request = new CrawlRequest("data/readings", "raw.readings", "crawled", project.resolve("src"),
        project, List.of(), policy, CrawlRequest.DEFAULT_MAX_FILES, CrawlRequest.DEFAULT_MAX_ROWS);
    return new Crawler(CrawlSessions.spark(), catalog, line -> { }).crawl(request);
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(project.resolve(file).getParent());
    Files.writeString(project.resolve(file), text);
  }

  @Test
  void unchangedDataHasNoDrift() {
    CrawlResult again = crawl(DriftPolicy.FAIL);
    assertFalse(again.drifted(), () -> again.changes().toString());
    assertEquals(record, again.existing());
  }

  @Test
  void logReportsARetypedAndAnAddedColumnAndChangesNothing() throws IOException {
    String before = Files.readString(record);
    write("data/readings/readings.csv", DRIFTED);
    CrawlResult logged = crawl(DriftPolicy.LOG);
    assertEquals(List.of(
        "record: column retyped: temperature bigint -> decimal(10,2)",
        "record: column added: humidity decimal(10,2)",
        "catalog: column retyped: temperature bigint -> decimal(10,2)",
        "catalog: column added: humidity decimal(10,2)"),
        logged.changes().stream().map(Change::describe).toList());
    assertNull(logged.written());
    assertFalse(logged.registered());
    assertEquals(before, Files.readString(record));
    assertEquals("bigint", column(catalog.table("raw.readings").orElseThrow(), "temperature"));
  }

  @Test
  void failReportsTheSameDriftForCi() throws IOException {
    String before = Files.readString(record);
    write("data/readings/readings.csv", DRIFTED);
    CrawlResult failed = crawl(DriftPolicy.FAIL);
    assertTrue(failed.drifted());
    assertEquals(4, failed.changes().size());
    assertEquals(before, Files.readString(record));
  }

  @Test
  void updateRewritesTheRecordAndTheCatalog() throws IOException {
    write("data/readings/readings.csv", DRIFTED);
    CrawlResult updated = crawl(DriftPolicy.UPDATE);
    assertEquals(4, updated.changes().size());
    assertEquals(record, updated.written());
    String source = Files.readString(record);
    assertTrue(source.contains("@Decimal(precision = 10, scale = 2) BigDecimal temperature"), source);
    assertTrue(source.contains("BigDecimal humidity"), source);
    TableEntry entry = catalog.table("raw.readings").orElseThrow();
    assertEquals("decimal(10,2)", column(entry, "temperature"));
    assertEquals("decimal(10,2)", column(entry, "humidity"));
    assertFalse(crawl(DriftPolicy.FAIL).drifted());
  }

  @Test
  void nullabilityAndRemovedColumnsAndNewPartitions() throws IOException {
    write("data/readings/readings.csv", """
        id,temperature,day
        1,,2026-11-01
        2,19,2026-11-01
        """);
    CrawlResult drifted = crawl(DriftPolicy.LOG);
    List<String> changes = drifted.changes().stream().map(Change::describe).toList();
    assertTrue(changes.contains("record: nullability changed: temperature not null -> nullable"), changes::toString);
    assertTrue(changes.contains("record: column removed: device string"), changes::toString);

    Files.delete(project.resolve("data/readings/readings.csv"));
    write("data/readings/day=2026-11-01/part.csv", "id,device,temperature\n1,d1,21\n");
    crawl(DriftPolicy.UPDATE); // now partitioned by day
    write("data/readings/day=2026-11-02/part.csv", "id,device,temperature\n2,d2,19\n");
    CrawlResult partitioned = crawl(DriftPolicy.LOG);
    assertEquals(List.of("last crawl: new partition: day=2026-11-02"),
        partitioned.changes().stream().map(Change::describe).toList());
  }

  private static String column(TableEntry entry, String name) {
    return entry.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().type();
  }
}
