package dev.joinery.samples.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.BookmarkFile;
import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry;
import dev.joinery.catalog.RunEntry.RunStatus;
import dev.joinery.cli.JoineryCli;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.shop.JoineryOrderLedgerJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Job bookmarks, with the sample job order_ledger (raw.orders bookmarked, paid orders appended to
 * the Iceberg table curated.order_ledger) on real files and a real SQLite catalog: each export file
 * is read by one successful run only; a run with nothing new changes nothing; a failed or killed
 * run leaves the bookmark where it was; reset and rewind change what the next run reads.
 */
class BookmarkTest {
  private static final String LEDGER = "curated.order_ledger";
  @TempDir Path dir;

  @Test
  void aGrowingFolderHasEachFileReadOnce() throws IOException {
    writeOrders("orders-1.csv", 1, 10);
    RunReport first = run();
    assertEquals(10L, first.rowsRead().get("raw.orders"));
    writeOrders("orders-2.csv", 11, 15);
    StringBuilder console = new StringBuilder();
    RunReport second = SparkSessions.run(new JoineryOrderLedgerJob(), dir, console);
    assertTrue(console.toString().contains("bookmark raw.orders: 1 new file of 2"), console::toString);
    assertEquals(5L, second.rowsRead().get("raw.orders"), "the second run reads the new file only");
    assertEquals(5L, second.rowsWritten().get(LEDGER));
    assertEquals(counts(1, 15, 1), ledger(), "every order once, appended");
    assertEquals(List.of("orders-1.csv", "orders-2.csv"), processed(false));
  }

  @Test
  void aRunWithNoNewFilesSucceedsAndWritesNothing() throws IOException {
    // No file ever: a wrong location, which fails as for any source.
    JoineryDataException none = assertThrows(JoineryDataException.class, this::run);
    assertTrue(none.getMessage().contains("Table raw.orders: no data files at"), none::getMessage);
    writeOrders("orders-1.csv", 1, 10);
    String firstRun = run().job(); // the job name; the run id is in the catalog
    String lastRunId = catalog().runs("order_ledger", 1).get(0).runId();
    int versions = catalog().versions(LEDGER).size();

    StringBuilder console = new StringBuilder();
    RunReport nothing = SparkSessions.run(new JoineryOrderLedgerJob(), dir, console);
    assertTrue(console.toString().contains("nothing to do: no new files in raw.orders since run " + lastRunId),
        console::toString);
    assertEquals("order_ledger", firstRun);
    assertEquals(0L, nothing.rowsRead().get("raw.orders"));
    assertTrue(nothing.rowsWritten().isEmpty(), "nothing written: " + nothing.rowsWritten());
    assertEquals(versions, catalog().versions(LEDGER).size(), "no new version of the ledger");
    assertEquals(counts(1, 10, 1), ledger());
    assertEquals(RunStatus.SUCCEEDED, catalog().runs("order_ledger", 1).get(0).status());

    // Processed files moved away (archived): nothing new, not an error.
    Files.move(dir.resolve("data/raw/orders/orders-1.csv"), dir.resolve("orders-1.csv"));
    console.setLength(0);
    SparkSessions.run(new JoineryOrderLedgerJob(), dir, console);
    assertTrue(console.toString().contains("nothing to do: no new files in raw.orders"), console::toString);
    assertEquals(counts(1, 10, 1), ledger());
  }

  @Test
  void aFailedRunLeavesTheBookmarkAndTheNextRunReadsItsFiles() throws IOException {
    writeOrders("orders-1.csv", 1, 10);
    run();
    writeOrders("orders-2.csv", 11, 15);
    // A bad export beside it: its header is not the record's, which fails the run.
    Files.writeString(dir.resolve("data/raw/orders/orders-3.csv"), "id,customer,status\n16,1,PAID\n");
    assertThrows(JoineryDataException.class, this::run);
    assertEquals(RunStatus.FAILED, catalog().runs("order_ledger", 1).get(0).status());
    assertEquals(List.of("orders-1.csv"), processed(true), "nothing of the failed run's files is recorded");
    assertEquals(counts(1, 10, 1), ledger());

    Files.delete(dir.resolve("data/raw/orders/orders-3.csv"));
    RunReport next = run();
    assertEquals(5L, next.rowsRead().get("raw.orders"), "the next run reads the file the failed run read");
    assertEquals(counts(1, 15, 1), ledger());
  }

  @Test
  void killedRunsLeaveTheBookmarkUnlessTheirOutputCommitted() throws Exception {
    writeOrders("orders-00.csv", 1, 10);
    ChildRun first = ChildRun.start("order_ledger", dir);
    assertEquals(0, first.waitFor(), first::output);
    assertEquals(counts(1, 10, 1), ledger());

    long seed = System.nanoTime();
    Random random = new Random(seed);
    int next = 11;
    int aimedAtTheWrite = 0;
    int recovered = 0;
    for (int kill = 1; kill <= 2; kill++) {
      writeOrders(String.format("orders-%02d.csv", kill), next, next + 4);
      next += 5;
      ChildRun run = ChildRun.start("order_ledger", dir);
      // Odd kills land while the rows are written; even ones just after the Iceberg commit, before
      // or after the bookmark advanced: either way no order may be lost or written twice.
      String aim = kill % 2 == 1 ? "writing " + LEDGER : "wrote   " + LEDGER;
      while (run.isAlive() && !run.output().contains(aim)) {
        Thread.sleep(2);
      }
      if (kill % 2 == 1) {
        Thread.sleep(random.nextInt(500)); // while the rows are being written
      }
      boolean killedWhileWriting = run.isAlive() && !run.output().contains("wrote   " + LEDGER);
      run.kill();
      String context = "kill " + kill + " (seed " + seed + "), child said:\n" + run.output();
      Map<Long, Long> rows = ledger();
      rows.values().forEach(n -> assertEquals(1L, n, "no order twice; " + context));
      long committedFiles = processed(false).size();
      if (killedWhileWriting) {
        aimedAtTheWrite++;
        assertEquals(counts(1, next - 6, 1), rows, "a run killed before its commit wrote nothing; " + context);
        assertEquals(kill, committedFiles, "and its files are not processed; " + context);
      }
    }
    assertTrue(aimedAtTheWrite > 0, "at least one kill landed during the write (seed " + seed + ")");

    ChildRun after = ChildRun.start("order_ledger", dir);
    assertEquals(0, after.waitFor(), after::output);
    if (after.output().contains("count as processed")) {
      recovered++;
    }
    assertEquals(counts(1, next - 1, 1), ledger(), "after the next good run, every order exactly once (seed "
        + seed + ")\n" + after.output());
    assertEquals(3, processed(false).size());
    System.out.printf("BookmarkTest: 2 kills (seed %d), %d during the write; the next run found %d killed after"
        + " its commit%n", seed, aimedAtTheWrite, recovered);
    List<RunEntry> runs = catalog().runs("order_ledger", 20);
    assertTrue(runs.stream().anyMatch(r -> r.status() == RunStatus.ABANDONED), runs::toString);
  }

  @Test
  void aRunKilledBetweenItsIcebergCommitAndItsBookmarkCountsItsFilesOnce() throws Exception {
    writeOrders("orders-1.csv", 1, 10);
    run();
    writeOrders("orders-2.csv", 11, 15);
    run();
    // As if the second run had died just after its Iceberg commit: its files recorded, not yet processed.
    String second = catalog().runs("order_ledger", 1).get(0).runId();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(".joinery/catalog.db"))) {
      c.createStatement().executeUpdate("UPDATE joinery_bookmarks SET committed_at = NULL WHERE run_id = '" + second + "'");
      c.createStatement().executeUpdate("UPDATE joinery_runs SET status = 'ABANDONED' WHERE run_id = '" + second + "'");
    }
    assertEquals(List.of("orders-1.csv"), processed(false));

    StringBuilder console = new StringBuilder();
    RunReport next = SparkSessions.run(new JoineryOrderLedgerJob(), dir, console);
    assertTrue(console.toString().contains("run " + second + " ended after committing its outputs and before advancing"
        + " its bookmarks; its files count as processed"), console::toString);
    assertEquals(0L, next.rowsRead().get("raw.orders"), "nothing new: the killed run's file made it into the ledger");
    assertEquals(counts(1, 15, 1), ledger(), "no order twice");
    assertEquals(List.of("orders-1.csv", "orders-2.csv"), processed(false));
  }

  @Test
  void resetAndRewindChangeWhatTheNextRunReads() throws IOException {
    writeOrders("orders-1.csv", 1, 10);
    run();
    writeOrders("orders-2.csv", 11, 15);
    run();
    String second = catalog().runs("order_ledger", 1).get(0).runId();
    writeOrders("orders-3.csv", 16, 18);
    run();
    assertTrue(cli("bookmark", "show", "order_ledger").contains("raw.orders  3 files  "));

    String rewound = cli("bookmark", "rewind", "order_ledger", "--to-run", second);
    assertTrue(rewound.contains("1 file forgotten"), rewound);
    RunReport afterRewind = run();
    assertEquals(3L, afterRewind.rowsRead().get("raw.orders"), "the third file again");
    Map<Long, Long> expected = counts(1, 18, 1);
    LongStream.rangeClosed(16, 18).forEach(id -> expected.put(id, 2L));
    assertEquals(expected, ledger());

    String reset = cli("bookmark", "reset", "order_ledger", "--table", "raw.orders");
    assertTrue(reset.contains("3 files forgotten"), reset);
    RunReport afterReset = run();
    assertEquals(18L, afterReset.rowsRead().get("raw.orders"), "every file again");
    assertTrue(cli("bookmark", "show", "order_ledger", "--files").contains("orders-3.csv"));

    cli("bookmark", "reset", "order_ledger");
    assertTrue(cli("bookmark", "show", "order_ledger").contains("No bookmarks recorded for job order_ledger"));
  }

  private RunReport run() {
    return SparkSessions.run(new JoineryOrderLedgerJob(), dir);
  }

  /** Paid orders {@code from..to}, each worth 1.00, in a new export file. */
  private void writeOrders(String file, int from, int to) throws IOException {
    StringBuilder csv = new StringBuilder("orderId,customerId,status,price,quantity,orderDate\n");
    for (int id = from; id <= to; id++) {
      csv.append(id).append(',').append(id % 7).append(",PAID,1.00,1,2026-11-0").append(1 + id % 5).append('\n');
    }
    Path folder = dir.resolve("data/raw/orders");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(file), csv.toString());
  }

  /** Order id to how many times the ledger holds it. */
  private Map<Long, Long> ledger() {
    Map<Long, Long> counts = new TreeMap<>();
    if (!Files.exists(dir.resolve("data/curated/order_ledger"))) {
      return counts;
    }
    for (Row row : SparkSessions.table(dir, LEDGER).select("orderId").collectAsList()) {
      counts.merge(row.getLong(0), 1L, Long::sum);
    }
    return counts;
  }

  private static Map<Long, Long> counts(long from, long to, long times) {
    Map<Long, Long> counts = new TreeMap<>();
    LongStream.rangeClosed(from, to).forEach(id -> counts.put(id, times));
    return counts;
  }

  /** The file names the bookmark holds, committed only or with the pending ones too. */
  private List<String> processed(boolean pendingToo) {
    List<String> names = new ArrayList<>();
    for (BookmarkFile f : catalog().bookmarkFiles("order_ledger", "raw.orders", pendingToo)) {
      names.add(Path.of(java.net.URI.create(f.path())).getFileName().toString());
    }
    names.sort(null);
    return names;
  }

  private JoineryCatalog catalog() {
    return JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
  }

  private String cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--base-dir");
    all.add(dir.toString());
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, new CommandLine(new JoineryCli()).execute(all.toArray(String[]::new)));
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
