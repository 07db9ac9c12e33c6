package dev.joinery.crawler;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExploreTest {
  @TempDir Path dir;

  @Test
  void print() {
    Crawler crawler = new Crawler(CrawlSessions.spark(), null, m -> System.out.println("  > " + m));
    for (String s : new String[] {"csv", "semicolon", "jsonl", "json", "parquet", "orc", "avro", "xml", "access_log"}) {
      try {
        CrawlResult r = crawler.crawl(CrawlSessions.request(CrawlSessions.sample(s), "raw." + s, dir));
        System.out.println("=== " + s + "\n" + r.source());
      } catch (RuntimeException e) {
        System.out.println("=== " + s + " FAILED");
        e.printStackTrace(System.out);
      }
    }
  }
}
