package dev.joinery.samples.tables;

import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry;
import dev.joinery.catalog.TableVersion;
import dev.joinery.cli.JoineryCli;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import dev.joinery.runtime.iceberg.IcebergTables;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.shop.JoineryDailyRevenueJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two runs of daily_revenue over different inputs give two snapshots of its Iceberg table; time
 * travel reads the first, rollback restores it, and the catalog records runs and versions.
 */
class IcebergVersionsTest {
  @TempDir Path dir;

  @Test
  void everyRunIsASnapshotThatTimeTravelAndRollbackReach() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoineryDailyRevenueJob(), dir);
    Set<String> first = rows(SparkSessions.table(dir, "curated.daily_revenue").collectAsList());

    // The next day's extract: only the first half of the orders.
    Path orders = dir.resolve("data/raw/orders/orders.csv");
    List<String> lines = Files.readAllLines(orders);
    Files.write(orders, lines.subList(0, lines.size() / 2));
    SparkSessions.run(new JoineryDailyRevenueJob(), dir);
    Set<String> second = rows(SparkSessions.table(dir, "curated.daily_revenue").collectAsList());
    assertNotEquals(first, second);

    CatalogLocation location = CatalogLocation.forProject(dir, Map.of());
    List<IcebergTables.Version> history;
    try (JdbcCatalog iceberg = IcebergCatalogs.open(location, new Configuration())) {
      history = new IcebergTables(iceberg).history("curated.daily_revenue").stream()
          .filter(IcebergTables.Version::published).toList();
    }
    assertEquals(2, history.size(), history::toString);
    long firstSnapshot = history.get(0).snapshotId();
    assertTrue(history.get(1).current());
    assertEquals((long) first.size(), history.get(0).totalRows());

    // Time travel, through the session and through `joinery sql`.
    assertEquals(first, rows(IcebergCatalogs.session(SparkSessions.spark(), location)
        .sql("SELECT * FROM joinery.curated.daily_revenue VERSION AS OF " + firstSnapshot).collectAsList()));
    // Through `joinery sql`: the orders counted in each version tell them apart.
    long firstOrders = SparkSessions.table(dir, "curated.daily_revenue").sparkSession()
        .sql("SELECT sum(orders) FROM joinery.curated.daily_revenue VERSION AS OF " + firstSnapshot).first().getLong(0);
    long secondOrders = SparkSessions.table(dir, "curated.daily_revenue").agg(sum("orders")).first().getLong(0);
    assertNotEquals(firstOrders, secondOrders);
    assertEquals("o\n" + firstOrders + "\n", cli(0, "sql", "--base-dir", dir.toString(), "--format", "csv",
        "SELECT sum(orders) AS o FROM joinery.curated.daily_revenue VERSION AS OF " + firstSnapshot));
    assertEquals("o\n" + secondOrders + "\n", cli(0, "sql", "--base-dir", dir.toString(), "--format", "csv",
        "SELECT sum(orders) AS o FROM curated.daily_revenue"));
    assertEquals("o\n" + firstOrders + "\n", cli(0, "sql", "--base-dir", dir.toString(), "--format", "csv",
        "--as-of", history.get(0).committedAt().toString(), "SELECT sum(orders) AS o FROM curated.daily_revenue"));

    // The catalog knows both runs and the versions they committed.
    JoineryCatalog catalog = JoineryCatalog.open(location);
    List<RunEntry> runs = catalog.runs("daily_revenue", 10);
    assertEquals(2, runs.size());
    assertTrue(runs.stream().allMatch(r -> r.status() == RunEntry.RunStatus.SUCCEEDED), runs::toString);
    assertTrue(runs.get(1).tables().contains(new RunEntry.TableRows("raw.orders", RunEntry.Role.READ,
        (long) lines.size() - 1)), runs.get(1).tables()::toString);
    assertTrue(runs.get(1).tables().contains(new RunEntry.TableRows("curated.daily_revenue", RunEntry.Role.WRITE,
        (long) first.size())), runs.get(1).tables()::toString);
    List<TableVersion> versions = catalog.versions("curated.daily_revenue");
    assertEquals(List.of(history.get(1).snapshotId(), firstSnapshot),
        versions.stream().map(TableVersion::snapshotId).toList());
    assertEquals("daily_revenue", catalog.table("curated.daily_revenue").orElseThrow().writerJob());
    String shown = cli(0, "catalog", "show", "curated.daily_revenue", "--base-dir", dir.toString());
    assertTrue(shown.lines().anyMatch(l -> l.matches("revenue\\s+decimal\\(18,2\\)\\s+yes")), shown);
    assertTrue(shown.lines().anyMatch(l -> l.matches("orders\\s+bigint\\s+no")), shown);
    assertTrue(cli(0, "runs", "--job", "daily_revenue", "--base-dir", dir.toString()).contains("SUCCEEDED"));

    // Rollback makes the first snapshot current again.
    cli(0, "table", "rollback", "curated.daily_revenue", String.valueOf(firstSnapshot), "--base-dir", dir.toString());
    assertEquals(first, rows(SparkSessions.table(dir, "curated.daily_revenue").collectAsList()));
    String historyOut = cli(0, "table", "history", "curated.daily_revenue", "--base-dir", dir.toString());
    assertTrue(historyOut.contains(firstSnapshot + " "), historyOut);

    // Expiry keeps the current version readable.
    String expired = cli(0, "table", "expire", "curated.daily_revenue", "--retain-last", "1", "--older-than", "0s",
        "--orphans-older-than", "0s", "--base-dir", dir.toString());
    assertTrue(expired.contains("snapshots before"), expired);
    assertEquals(first, rows(SparkSessions.table(dir, "curated.daily_revenue").collectAsList()));
  }

  @Test
  void runsExpireSnapshotsByTheTablesRetentionPolicy() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoineryDailyRevenueJob(), dir);
    CatalogLocation location = CatalogLocation.forProject(dir, Map.of());
    try (JdbcCatalog iceberg = IcebergCatalogs.open(location, new Configuration())) {
      new IcebergTables(iceberg).load("curated.daily_revenue").updateProperties()
          .set("history.expire.min-snapshots-to-keep", "2")
          .set("history.expire.max-snapshot-age-ms", "0")
          .commit();
    }
    StringBuilder console = new StringBuilder();
    for (int run = 0; run < 3; run++) {
      SparkSessions.run(new JoineryDailyRevenueJob(), dir, console);
    }
    assertTrue(console.toString().contains("old snapshots of curated.daily_revenue (retention policy)"), console.toString());
    try (JdbcCatalog iceberg = IcebergCatalogs.open(location, new Configuration())) {
      assertEquals(2, count(new IcebergTables(iceberg).load("curated.daily_revenue").snapshots()),
          "the last two versions are kept");
    }
    assertEquals(cli(0, "sql", "--base-dir", dir.toString(), "--format", "csv", "SELECT count(*) FROM raw.orders")
        .lines().toList().get(1), "3000", "file tables are queryable by name too");
    assertTrue(SparkSessions.table(dir, "curated.daily_revenue").count() > 0);
  }

  private static int count(Iterable<?> items) {
    int n = 0;
    for (Object ignored : items) {
      n++;
    }
    return n;
  }

  private static Set<String> rows(List<Row> rows) {
    Set<String> out = new TreeSet<>();
    rows.forEach(r -> out.add(r.toString()));
    return out;
  }

  static String cli(int expectedExit, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(expectedExit, new CommandLine(new JoineryCli()).execute(args), () -> bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
