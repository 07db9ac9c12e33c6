package dev.joinery.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.annotations.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of folders: one table per data set, named by the user's template. */
class ManyTablesTest {
  @TempDir Path project;

  @Test
  void eachSubfolderIsATableNamedByTheTemplate() throws IOException {
    Path landing = Files.createDirectories(project.resolve("landing"));
    Files.createDirectories(landing.resolve("web-hits"));
    Files.copy(Path.of(CrawlSessions.sample("access_log"), "access.log"), landing.resolve("web-hits/access.log"));
    Files.createDirectories(landing.resolve("Prices"));
    Files.copy(Path.of(CrawlSessions.sample("semicolon"), "prices.csv"), landing.resolve("Prices/prices.csv"));

    CrawlRequest request = CrawlSessions.request("landing", null, project);
    Crawler crawler = new Crawler(CrawlSessions.spark(), null, line -> { });
    assertTrue(crawler.holdsDataSets(request));
    List<CrawlResult> results = crawler.crawlEach(request, "landing.crm_{folder}");

    assertEquals(List.of("landing.crm_prices", "landing.crm_web_hits"),
        results.stream().map(r -> r.table().tableName()).sorted().toList());
    CrawlResult hits = results.stream().filter(r -> r.table().tableName().endsWith("web_hits")).findFirst().orElseThrow();
    assertEquals(Format.GROK, hits.format().format());
    assertEquals("landing/web-hits", hits.table().location());
    assertTrue(Files.exists(project.resolve("src/crawled/CrmWebHits.java")));
  }

  @Test
  void aTemplateWithoutFolderIsRefused() {
    CrawlException e = assertThrows(CrawlException.class, () -> TableNames.fromTemplate("raw.table", "x"));
    assertTrue(e.getMessage().contains("must contain {folder}"), e.getMessage());
  }
}
