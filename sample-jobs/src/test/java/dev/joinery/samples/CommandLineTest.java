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
  void aReportFileSaysHowTheRunEndedAsJson() throws IOException {
    SparkSessions.spark();
    SparkSessions.copySampleData(dir);
    Path report = dir.resolve("reports/run.json");

    String out = execute(0, "run", "user_activity", "--base-dir", dir.toString(), "--report", report.toString());

    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertEquals("SUCCEEDED", json.get("status").asText());
    assertTrue(out.contains("run " + json.get("runId").asText()), out);
    assertEquals(5000, json.get("rowsRead").get("raw.access_log").asLong(), json.toString());
    assertTrue(json.get("rowsWritten").get("curated.user_daily_activity").asLong() > 0, json.toString());

    Files.createDirectories(dir.resolve("nothing"));
    assertEquals(1, run("run", "user_activity", "--base-dir", dir.toString(), "--report", report.toString(),
        "--input", "raw.access_log=" + dir.resolve("nothing")));
    json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertEquals("FAILED", json.get("status").asText());
    assertTrue(json.get("error").asText().contains("raw.access_log"), json.toString());
  }

  @Test
  void aSpigotSamplesAStepIntoATableThatSqlQueries() throws IOException {
    SparkSessions.spark();
    SparkSessions.copySampleData(dir);

    String out = execute(0, "run", "daily_revenue", "--base-dir", dir.toString(),
        "--spigot", "paid=5", "--spigot", "line=0.2");

    assertTrue(out.contains("spigot  paid") && out.contains("-> spigot.daily_revenue_paid"), out);
    List<String> paid = sampled(dir.resolve(".joinery/spigot/daily_revenue/paid"));
    assertEquals(5, paid.size(), String.join("\n", paid));
    assertTrue(paid.stream().allMatch(row -> row.contains("\"status\":\"PAID\"")), "the filter step's rows: " + paid);
    List<String> lines = sampled(dir.resolve(".joinery/spigot/daily_revenue/line"));
    // About a fifth of the ~2,000 paid lines, and the same fifth for the same seed.
    assertTrue(lines.size() > 200 && lines.size() < 700, "sampled " + lines.size());
    execute(0, "run", "daily_revenue", "--base-dir", dir.toString(), "--spigot", "line=0.2");
    assertEquals(lines, sampled(dir.resolve(".joinery/spigot/daily_revenue/line")));

    String counted = execute(0, "sql", "SELECT count(*) AS n FROM spigot.daily_revenue_paid", "--base-dir",
        dir.toString(), "--format", "csv");
    assertEquals(List.of("n", "5"), counted.lines().toList());
  }

  @Test
  void aSpigotOnAStepTheJobDoesNotHaveIsRefusedBeforeRunning() {
    assertEquals(2, run("run", "daily_revenue", "--base-dir", dir.toString(), "--spigot", "payed=5"));
    assertTrue(Files.notExists(dir.resolve(".joinery")), "nothing ran");
  }

  /** The JSON lines of a spigot's folder, sorted. */
  private static List<String> sampled(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      List<String> rows = new java.util.ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        rows.addAll(Files.readAllLines(file));
      }
      rows.sort(null);
      return rows;
    }
  }

  @Test
  void lineageEventsOptionWritesTheRunsEventsNamingTheOverriddenOutput() throws IOException {
    SparkSessions.spark();
    SparkSessions.copySampleData(dir);
    Path elsewhere = dir.resolve("elsewhere");
    Path events = dir.resolve("events/run.jsonl");
    Files.createDirectories(events.getParent());

    String out = execute(0, "run", "user_activity", "--base-dir", dir.toString(),
        "--output", "curated.user_daily_activity=" + elsewhere,
        "--lineage-events", events.toString(), "--lineage-namespace", "web");

    List<io.openlineage.client.OpenLineage.RunEvent> sent = Files.readAllLines(events).stream()
        .map(io.openlineage.client.OpenLineageClientUtils::runEventFromJson).toList();
    assertEquals(List.of("START", "COMPLETE"), sent.stream().map(e -> e.getEventType().name()).toList());
    for (io.openlineage.client.OpenLineage.RunEvent event : sent) {
      assertTrue(out.contains("run " + event.getRun().getRunId()), out);
      assertEquals("web", event.getJob().getNamespace());
      assertEquals("user_activity", event.getJob().getName());
      assertEquals(List.of("file:" + elsewhere), event.getOutputs().stream()
          .map(d -> d.getNamespace() + ":" + d.getName()).toList(), "where --output said, not the @Table location");
      assertEquals("curated.user_daily_activity",
          event.getOutputs().get(0).getFacets().getSymlinks().getIdentifiers().get(0).getName());
    }
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
