package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.cli.JoineryCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `joinery list` and `joinery run` as a user types them. */
class CommandLineTest {
  @TempDir Path dir;

  @Test
  void listsEverySampleJobWithItsTables() {
    String out = execute(0, "list");
    assertTrue(out.contains("daily_revenue  (schedule: 0 2 * * *)"), out);
    assertTrue(out.contains("reads:  raw.orders, raw.customers"), out);
    assertTrue(out.contains("writes: curated.daily_revenue"), out);
    assertTrue(out.contains("customer_directory"), out);
    assertTrue(out.contains("user_activity"), out);
    assertTrue(out.contains("section_traffic"), out);
    assertTrue(out.contains("order_ledger  (schedule: */15 * * * *)"), out);
    assertTrue(out.contains("bookmarks: raw.orders"), out);
  }

  @Test
  void runsAJobWithAnOutputOverride() throws IOException {
    SparkSessions.spark(); // the command reuses the running session and leaves it running
    SparkSessions.copySampleData(dir);
    Path elsewhere = dir.resolve("elsewhere");

    String out = execute(0, "run", "user_activity", "--base-dir", dir.toString(),
        "--output", "curated.user_daily_activity=" + elsewhere);

    assertTrue(out.contains("[3/3] activity"), out);
    assertTrue(out.contains("wrote   curated.user_daily_activity"), out);
    assertTrue(Files.isDirectory(elsewhere.resolve("metadata")), "Iceberg table created where --output said");
    assertTrue(Files.isDirectory(elsewhere.resolve("data")), "data written where --output said");
    assertTrue(Files.notExists(dir.resolve("data/curated/user_daily_activity")));
  }

  @Test
  void aFailureThatIsNotTheDatasIsOneLineWithTheStackTraceInALog() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new dev.joinery.samples.shop.JoineryDailyRevenueJob(), dir);
    // Someone deleted the Iceberg table's metadata under the catalog's feet.
    try (var files = Files.list(dir.resolve("data/curated/daily_revenue/metadata"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".metadata.json")).toList()) {
        Files.delete(file);
      }
    }
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(1, run("run", "top_markets", "--base-dir", dir.toString()));
    } finally {
      System.setErr(original);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("Job top_markets failed; no output was changed.", lines.get(0), lines::toString);
    assertEquals(3, lines.size(), lines::toString);
    assertTrue(lines.get(2).startsWith("Stack trace: " + dir.resolve(".joinery/logs")), lines::toString);
    String trace = Files.readString(Path.of(lines.get(2).substring("Stack trace: ".length())));
    assertTrue(trace.contains("\tat org.apache.iceberg."), trace);
    assertTrue(Files.notExists(dir.resolve("data/reports/top_markets")));
  }

  @Test
  void unknownJobIsAnErrorNotAStackTrace() {
    assertEquals(2, run("run", "daily_revenu"));
  }

  @Test
  void explainShowsTranslatedStepsLineageAndTheFilterPushedIntoTheIcebergScan() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new dev.joinery.samples.shop.JoineryDailyRevenueJob(), dir);

    String out = execute(0, "explain", "top_markets", "--base-dir", dir.toString());

    assertTrue(out.contains("strong               filter       Spark expression"), out);
    assertTrue(out.contains("(which rows)         <- curated.daily_revenue.orders (INDIRECT/FILTER)"), out);
    String scan = out.lines().filter(l -> l.startsWith("IcebergScan(table=joinery.curated.daily_revenue"))
        .findFirst().orElseThrow(() -> new AssertionError(out));
    String pushed = scan.substring(scan.indexOf("filters="));
    assertTrue(pushed.contains("orders >= 20"), pushed);
    assertTrue(pushed.contains("(revenue > 2000.00 OR revenue IS NULL)"), pushed);
  }

  private static String execute(int expectedExit, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(expectedExit, new CommandLine(new JoineryCli()).execute(args));
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int run(String... args) {
    return new CommandLine(new JoineryCli()).execute(args);
  }
}
