package dev.joinery.samples.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.shop.JoineryOrderLedgerJob;
import dev.joinery.samples.testjobs.JoineryPlainLedgerJob;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bookmarks cost: order_ledger (raw.orders bookmarked) against test_plain_ledger (the same
 * steps, no bookmark) over the same export files, on the shared local Spark session. Prints the
 * times; run it with {@code -Djoinery.bookmarkCost=true}.
 */
@EnabledIfSystemProperty(named = "joinery.bookmarkCost", matches = "true")
class BookmarkCostTest {
  private static final int FILES = Integer.getInteger("joinery.bookmarkCost.files", 20);
  private static final int ROWS_PER_FILE = Integer.getInteger("joinery.bookmarkCost.rows", 50_000);
  @TempDir Path dir;
  private int nextFile;

  @Test
  void bookmarksOffAndOn() throws IOException {
    for (int i = 0; i < FILES; i++) {
      writeFile();
    }
    long total = (long) FILES * ROWS_PER_FILE;
    time("warm-up (off, discarded)", new JoineryPlainLedgerJob(), total);
    double off1 = time("off: every file", new JoineryPlainLedgerJob(), total);
    double off2 = time("off: every file", new JoineryPlainLedgerJob(), total);
    double on1 = time("on: every file new", new JoineryOrderLedgerJob(), total);
    reset();
    double on2 = time("on: every file new (after reset)", new JoineryOrderLedgerJob(), total);
    writeFile();
    double offPlusOne = time("off: every file, one more", new JoineryPlainLedgerJob(), total + ROWS_PER_FILE);
    double inc1 = time("on: the one new file", new JoineryOrderLedgerJob(), ROWS_PER_FILE);
    writeFile();
    double inc2 = time("on: the one new file", new JoineryOrderLedgerJob(), ROWS_PER_FILE);
    double none = time("on: nothing new", new JoineryOrderLedgerJob(), 0);
    System.out.printf("BookmarkCostTest (%d files x %,d rows): off %.1f / %.1f s; on, all new %.1f / %.1f s;"
            + " off with one more file %.1f s; on, one new file %.1f / %.1f s; on, nothing new %.1f s%n",
        FILES, ROWS_PER_FILE, off1, off2, on1, on2, offPlusOne, inc1, inc2, none);
  }

  private double time(String what, JoineryJob job, long expectedRows) {
    long start = System.nanoTime();
    RunReport report = SparkSessions.run(job, dir);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(expectedRows, report.rowsRead().get("raw.orders"), what);
    System.out.printf("BookmarkCostTest: %-36s %6.2f s  (%,d rows read)%n", what, seconds, expectedRows);
    return seconds;
  }

  private void reset() {
    JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of())).resetBookmarks("order_ledger", null);
  }

  private void writeFile() throws IOException {
    Path folder = dir.resolve("data/raw/orders");
    Files.createDirectories(folder);
    int file = nextFile++;
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(String.format("orders-%04d.csv", file)))) {
      out.write("orderId,customerId,status,price,quantity,orderDate\n");
      for (int i = 0; i < ROWS_PER_FILE; i++) {
        long id = (long) file * ROWS_PER_FILE + i;
        out.write(id + "," + (id % 997) + "," + (id % 4 == 0 ? "PENDING" : "PAID") + "," + (id % 300) + "."
            + (id % 100 < 10 ? "0" : "") + (id % 100) + "," + (1 + id % 5) + ",2026-11-" + (10 + id % 20) + "\n");
      }
    }
  }
}
