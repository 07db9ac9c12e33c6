package dev.joinery.samples.tables;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of test_paid_log (every paid order appended to an Iceberg table and to a Parquet file table)
 * in JVMs of their own: killed with SIGKILL at random moments, commit included, each table is left
 * at its previous or its new version, complete; two runs at once both land.
 */
class KillAndConcurrencyTest {
  private static final String ICEBERG = "test.paid_log";
  /**
   * Kills per run of the suite, half at random moments and half aimed at the commit; each costs a
   * child JVM's run, so the default keeps CI short and {@code -Djoinery.test.kills=100} digs deeper.
   */
  private static final int KILLS = Integer.getInteger("joinery.test.kills", 8);
  @TempDir Path dir;
  private long perRun;
  private long idSumPerRun;

  @BeforeEach
  void sampleData() throws IOException {
    SparkSessions.copySampleData(dir);
  }

  @Test
  void twoConcurrentAppendRunsKeepBothRunsRows() throws Exception {
    ChildRun first = ChildRun.start("test_paid_log", dir);
    assertEquals(0, first.waitFor(), first::output);
    measurePerRun();

    ChildRun a = ChildRun.start("test_paid_log", dir);
    ChildRun b = ChildRun.start("test_paid_log", dir);
    assertEquals(0, a.waitFor(), a::output);
    assertEquals(0, b.waitFor(), b::output);
    assertEquals(List.of(3 * perRun, 3 * idSumPerRun), totals(icebergRows()), "Iceberg table");
    assertEquals(List.of(3 * perRun, 3 * idSumPerRun), totals(fileRows()), "Parquet file table");
  }

  @Test
  void twoConcurrentOverwritesEndWithOneCompleteVersion() throws Exception {
    ChildRun a = ChildRun.start("daily_revenue", dir);
    ChildRun b = ChildRun.start("daily_revenue", dir);
    assertEquals(0, a.waitFor(), a::output);
    assertEquals(0, b.waitFor(), b::output);
    Dataset<Row> table = SparkSessions.table(dir, "curated.daily_revenue");
    long rows = table.count();
    assertTrue(rows > 0);
    assertEquals(rows, table.select("day", "country").distinct().count(), "one run's rows, not both runs' mixed");
    JoineryCatalog catalog = JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
    assertEquals(2, catalog.versions("curated.daily_revenue").size(), "both runs committed a version");
  }

  @Test
  void killedRunsLeaveEachTableAtItsPreviousOrNewVersionComplete() throws Exception {
    long started = System.nanoTime();
    ChildRun first = ChildRun.start("test_paid_log", dir);
    assertEquals(0, first.waitFor(), first::output);
    long fullRunMillis = (System.nanoTime() - started) / 1_000_000;
    measurePerRun();

    long seed = System.nanoTime();
    Random random = new Random(seed);
    long icebergRuns = 1;
    long fileRuns = 1;
    int landed = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      ChildRun run = ChildRun.start("test_paid_log", dir);
      if (kill % 2 == 0) {
        Thread.sleep((long) (random.nextDouble() * fullRunMillis));
      } else {
        // Aim at the commit: just after both sinks were staged.
        while (run.isAlive() && run.output().split("staged  ", -1).length < 3) {
          Thread.sleep(2);
        }
        Thread.sleep(random.nextInt(300));
      }
      run.kill();
      String context = "kill " + kill + " (seed " + seed + "), child said:\n" + run.output();

      List<Long> iceberg = totals(icebergRows());
      long k = iceberg.get(0) / perRun;
      assertEquals(List.of(k * perRun, k * idSumPerRun), iceberg, "Iceberg table holds whole runs only; " + context);
      assertTrue(k == icebergRuns || k == icebergRuns + 1, "Iceberg: previous or new version; " + context);
      landed += k - icebergRuns;
      icebergRuns = k;

      // A swap killed between its renames is repaired by the next writer; until then the
      // previous version waits beside the location, whole.
      List<Long> files = totals(fileRowsOrMovedAside());
      long f = files.get(0) / perRun;
      assertEquals(List.of(f * perRun, f * idSumPerRun), files, "file table holds whole runs only; " + context);
      assertTrue(f == fileRuns || f == fileRuns + 1, "file table: previous or new version; " + context);
      fileRuns = f;
    }
    System.out.printf("KillAndConcurrencyTest: %d kills (seed %d, full run %d ms): %d landed after their commit%n",
        KILLS, seed, fullRunMillis, landed);

    ChildRun after = ChildRun.start("test_paid_log", dir);
    assertEquals(0, after.waitFor(), after::output);
    assertEquals(List.of((icebergRuns + 1) * perRun, (icebergRuns + 1) * idSumPerRun), totals(icebergRows()));
    assertEquals(List.of((fileRuns + 1) * perRun, (fileRuns + 1) * idSumPerRun), totals(fileRows()));
    List<RunEntry> runs = JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of())).runs("test_paid_log", 50);
    assertTrue(runs.stream().noneMatch(r -> r.status() == RunEntry.RunStatus.RUNNING), "killed runs are not left RUNNING");
    assertTrue(runs.stream().anyMatch(r -> r.status() == RunEntry.RunStatus.ABANDONED), runs::toString);
    try (Stream<Path> left = Files.list(dir.resolve("out"))) {
      assertEquals(List.of("paid_files", "paid_log"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging or previous folders left after the next run");
    }
  }

  /** One run's rows and the sum of their order ids, from the tables after the first run; both tables agree. */
  private void measurePerRun() {
    List<Long> iceberg = totals(icebergRows());
    assertEquals(iceberg, totals(fileRows()));
    assertTrue(iceberg.get(0) > 0);
    perRun = iceberg.get(0);
    idSumPerRun = iceberg.get(1);
  }

  private Dataset<Row> icebergRows() {
    return SparkSessions.table(dir, ICEBERG);
  }

  private Dataset<Row> fileRows() {
    return SparkSessions.spark().read().parquet(dir.resolve("out/paid_files").toString());
  }

  private Dataset<Row> fileRowsOrMovedAside() throws IOException {
    if (Files.exists(dir.resolve("out/paid_files"))) {
      return fileRows();
    }
    try (Stream<Path> aside = Files.list(dir.resolve("out"))) {
      List<Path> previous = aside.filter(p -> p.getFileName().toString().startsWith(".paid_files.joinery-previous-"))
          .toList();
      assertEquals(1, previous.size(), "a missing file table must have its previous version beside it");
      return SparkSessions.spark().read().parquet(previous.get(0).toString());
    }
  }

  /** Row count and the sum of order ids: reading every data file, so a missing or torn file shows. */
  private static List<Long> totals(Dataset<Row> rows) {
    Row totals = rows.agg(count("*"), sum("orderId")).first();
    return List.of(totals.getLong(0), totals.isNullAt(1) ? 0L : totals.getLong(1));
  }
}
