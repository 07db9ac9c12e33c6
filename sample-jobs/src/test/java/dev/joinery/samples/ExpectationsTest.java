package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.ExpectationResults;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunDetails;
import dev.joinery.catalog.RunEntry;
import dev.joinery.cli.JoineryCli;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.samples.testjobs.JoineryCheckedCustomersJob;
import dev.joinery.samples.testjobs.JoineryPaymentsJob;
import dev.joinery.samples.testjobs.JoineryRuledOrdersJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code @Expect} rules on a source: WARN counts, QUARANTINE sets rows aside with the run's commit, FAIL fails the run. */
class ExpectationsTest {
  private static final String CLEAN = "1,PAID,10,DE\n2,LOST,20,FR\n3,PENDING,5000,DE\n4,,-1,\n5,REFUND,30,NL\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void quarantinedRowsLeaveTheInputForTheSideTableAndWarnedRowsPass() throws IOException {
    write(CLEAN);
    StringBuilder output = new StringBuilder();

    SparkSessions.run(new JoineryPaymentsJob(), dir, output);

    // LOST and REFUND break status_one_of (QUARANTINE); a null status passes oneOf; 5000 and -1 break amount_range (WARN).
    assertEquals(List.of("[1,PAID,10,DE]", "[3,PENDING,5000,DE]", "[4,null,-1,null]"), rows(dir.resolve("out/payments"), "id"));
    Path quarantine = dir.resolve(".joinery/quarantine/test_payments/test.payments");
    List<Row> set = SparkSessions.spark().read().parquet(quarantine.toString()).orderBy("id").collectAsList();
    assertEquals(List.of(2L, 5L), set.stream().map(r -> r.getLong(r.fieldIndex("id"))).toList());
    Row lost = set.get(0);
    assertEquals("LOST", lost.getString(lost.fieldIndex("status")));
    assertEquals("status_one_of", lost.getString(lost.fieldIndex("_rule")));
    assertEquals("column status = LOST breaks rule status_one_of (one of PAID, PENDING)",
        lost.getString(lost.fieldIndex("_reason")));
    assertEquals("test_payments", lost.getString(lost.fieldIndex("_job")));
    assertTrue(output.toString().contains("run " + lost.getString(lost.fieldIndex("_run_id"))), output.toString());

    String summary = output.toString();
    assertTrue(summary.matches("(?s).*expect  test.payments.status\\s+2 of 5 rows break status_one_of \\(QUARANTINE\\)"
        + " -> .*quarantine.*"), summary);
    assertTrue(summary.matches("(?s).*expect  test.payments.amount\\s+2 of 5 rows break amount_range \\(WARN\\).*"), summary);
    assertTrue(summary.matches("(?s).*expect  test.payments.country\\s+0 of 5 rows break iso_country \\(FAIL\\).*"), summary);
    assertTrue(summary.matches("(?s).*wrote   test.payments_copy\\s+3 rows.*"), summary);

    // The catalog keeps the counts per run and rule, and joinery quality shows them.
    List<ExpectationResults.Result> recorded = ExpectationResults.ofJob(
        JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of())), "test_payments", 5);
    assertEquals(List.of("amount_range WARN 5 2", "iso_country FAIL 5 0", "status_one_of QUARANTINE 5 2"),
        recorded.stream().map(r -> r.rule() + " " + r.action() + " " + r.rowsChecked() + " " + r.rowsFailed())
            .toList());
    assertEquals(quarantine.toString(), JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()))
        .table("quarantine.test_payments_test_payments").orElseThrow().location());
    String quality = cli("quality", "test_payments", "--base-dir", dir.toString());
    assertTrue(quality.matches("(?s).*test\\.payments\\s+status\\s+status_one_of\\s+QUARANTINE\\s+5\\s+2\\s.*"), quality);

    // A second run appends its own quarantined rows.
    SparkSessions.run(new JoineryPaymentsJob(), dir);
    assertEquals(4, SparkSessions.spark().read().parquet(quarantine.toString()).count());
    assertEquals(2, SparkSessions.spark().read().parquet(quarantine.toString()).select("_run_id").distinct().count());
  }

  @Test
  void aFailRuleFailsTheRunBeforeItCommitsAnything() throws IOException {
    write(CLEAN);
    SparkSessions.run(new JoineryPaymentsJob(), dir);
    List<String> before = rows(dir.resolve("out/payments"), "id");
    Path quarantine = dir.resolve(".joinery/quarantine/test_payments/test.payments");
    long quarantinedBefore = SparkSessions.spark().read().parquet(quarantine.toString()).count();

    write("1,PAID,10,DE\n2,LOST,20,FR\n3,PAID,10,usa\n");
    StringBuilder output = new StringBuilder();
    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryPaymentsJob(), dir, output));

    assertEquals("Job test_payments: table test.payments, column country breaks FAIL rule iso_country"
        + " (matches [A-Z]{2}); first offending value: usa. Nothing was committed.", e.getMessage());
    assertEquals("test.payments", e.table());
    assertEquals(before, rows(dir.resolve("out/payments"), "id"));
    assertEquals(quarantinedBefore, SparkSessions.spark().read().parquet(quarantine.toString()).count());
    assertFalse(output.toString().contains("finished"), output.toString());
  }

  @Test
  void theRunHistoryAndTheReportKeepTheSparkApplicationStepsTimingsAndRuleResults() throws IOException {
    write(CLEAN);
    Path report = dir.resolve("report.json");
    cli("run", "test_payments", "--base-dir", dir.toString(), "--report", report.toString(), "--count-steps");

    JsonNode json = JSON.readTree(report.toFile());
    String runId = json.get("runId").asText();
    String app = json.get("sparkAppId").asText();
    assertTrue(app.startsWith("local-"), app);
    List<String> rules = new ArrayList<>();
    json.get("expectations").forEach(r -> rules.add(r.get("rule").asText() + " " + r.get("failed").asLong()));
    assertEquals(List.of("status_one_of 2", "amount_range 2", "iso_country 0"), rules);
    List<String> phases = new ArrayList<>();
    json.get("phaseMillis").fieldNames().forEachRemaining(phases::add);
    assertEquals(List.of("check inputs", "write test.payments_copy (steps up to copy)", "commit"), phases);

    JoineryCatalog catalog = JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
    RunDetails details = RunDetails.of(catalog, runId);
    assertEquals(app, details.sparkAppId());
    assertEquals(List.of(new RunDetails.Step("copy", "select", 3L)), details.steps());
    assertEquals(phases, details.phases().stream().map(RunDetails.Phase::name).toList());
    String shown = cli("runs", "--run", runId, "--base-dir", dir.toString());
    assertTrue(shown.contains("Spark application " + app), shown);
    assertTrue(shown.matches("(?s).*step\\s+copy\\s+3 rows\\s+\\(select\\).*"), shown);
    assertTrue(shown.matches("(?s).*expect\\s+test.payments.status\\s+2 of 5 rows break status_one_of \\(QUARANTINE\\).*"),
        shown);

    // A failed run is in the history too, and its report names it.
    write("1,PAID,10,usa\n");
    Path failed = dir.resolve("failed.json");
    assertEquals(1, new CommandLine(new JoineryCli()).execute("run", "test_payments", "--base-dir", dir.toString(),
        "--report", failed.toString()));
    JsonNode failure = JSON.readTree(failed.toFile());
    assertEquals("FAILED", failure.get("status").asText());
    String failedRun = failure.get("runId").asText();
    assertEquals(RunEntry.RunStatus.FAILED, catalog.run(failedRun).orElseThrow().status());
    RunDetails failedDetails = RunDetails.of(catalog, failedRun);
    assertEquals(app, failedDetails.sparkAppId());
    assertEquals("check inputs", failedDetails.phases().get(0).name());
  }

  @Test
  void uniqueReferentialAndConditionRulesSetRowsAsideAndARowCountFailsTheRun() throws IOException {
    Path customers = Files.createDirectories(dir.resolve("in/ruled_customers"));
    Files.writeString(customers.resolve("part-0.csv"), "id,name\n10,Ada\n11,Bo\n");
    Path orders = Files.createDirectories(dir.resolve("in/ruled_orders"));
    Files.writeString(orders.resolve("part-0.csv"), "orderId,customerId,status,amount\n"
        + "1,10,PAID,5\n2,10,PAID,\n3,99,PAID,7\n4,11,PENDING,\n4,11,PAID,3\n6,11,PENDING,\n");
    StringBuilder output = new StringBuilder();

    SparkSessions.run(new JoineryRuledOrdersJob(), dir, output);

    assertEquals(List.of("[1,10,PAID,5]", "[6,11,PENDING,null]"), rows(dir.resolve("out/ruled_orders"), "orderId"));
    Path quarantine = dir.resolve(".joinery/quarantine/test_ruled_orders/test.ruled_orders");
    List<String> set = SparkSessions.spark().read().parquet(quarantine.toString()).orderBy("orderId", "status")
        .collectAsList().stream().map(r -> r.getLong(0) + " " + r.getAs("_rule") + ": " + r.getAs("_reason")).toList();
    assertEquals(List.of(
        "2 paid_has_amount: row breaks rule paid_has_amount (RuledOrder.paidHasAmount() holds)",
        "3 known_customer: column customerId = 99 breaks rule known_customer (present in test.ruled_customers.id)",
        "4 orderId_unique: column orderId = 4 breaks rule orderId_unique (unique)",
        "4 orderId_unique: column orderId = 4 breaks rule orderId_unique (unique)"), set);
    String summary = output.toString();
    assertTrue(summary.matches("(?s).*expect  test.ruled_orders.orderId\\s+2 of 6 rows break orderId_unique.*"), summary);
    assertTrue(summary.matches("(?s).*expect  test.ruled_orders.customerId\\s+1 of 6 rows break known_customer.*"),
        summary);
    assertTrue(summary.matches("(?s).*expect  test.ruled_orders.\\*\\s+1 of 6 rows break paid_has_amount.*"), summary);
    assertTrue(summary.matches("(?s).*expect  test.ruled_orders\\s+6 rows keep rule row_count \\(FAIL\\).*"), summary);

    // One row is fewer than @ExpectRows(min = 2): the run fails before it commits, the output stays.
    Files.writeString(orders.resolve("part-0.csv"), "orderId,customerId,status,amount\n7,10,PAID,1\n");
    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryRuledOrdersJob(), dir));
    assertEquals("Job test_ruled_orders: table test.ruled_orders has 1 rows, which breaks FAIL rule row_count"
        + " (rows >= 2). Nothing was committed.", e.getMessage());
    assertEquals(List.of("[1,10,PAID,5]", "[6,11,PENDING,null]"), rows(dir.resolve("out/ruled_orders"), "orderId"));
  }

  @Test
  void aSinksRulesGateWhatTheRunWrites() throws IOException {
    Path customers = Files.createDirectories(dir.resolve("in/ruled_customers"));
    Files.writeString(customers.resolve("part-0.csv"), "id,name\n10,Ada\n11,bo\n");
    SparkSessions.run(new JoineryCheckedCustomersJob(), dir);

    assertEquals(List.of("[10,Ada]"), rows(dir.resolve("out/checked_customers"), "id"));
    Row set = SparkSessions.spark().read()
        .parquet(dir.resolve(".joinery/quarantine/test_checked_customers/test.checked_customers").toString())
        .collectAsList().get(0);
    assertEquals("bo capitalized", set.getAs("name") + " " + set.getAs("_rule"));

    // Three rows are more than @ExpectRows(max = 2) allows: the run fails and the output stays.
    Files.writeString(customers.resolve("part-0.csv"), "id,name\n10,Ada\n11,Bo\n12,Cy\n");
    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryCheckedCustomersJob(), dir));
    assertEquals("Job test_checked_customers: table test.checked_customers has 3 rows, which breaks FAIL rule"
        + " row_count (rows between 0 and 2). Nothing was committed.", e.getMessage());
    assertEquals(List.of("[10,Ada]"), rows(dir.resolve("out/checked_customers"), "id"));
  }

  @Test
  void aPatternMustMatchTheWholeValue() throws IOException {
    // "DEU" contains a match of [A-Z]{2}; only a whole-value match passes, as String.matches.
    write("1,PAID,10,DEU\n");
    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryPaymentsJob(), dir));
    assertTrue(e.getMessage().contains("first offending value: DEU."), e.getMessage());
  }

  private static String cli(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, new CommandLine(new JoineryCli()).execute(args));
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> rows(Path table, String orderBy) {
    return SparkSessions.spark().read().parquet(table.toString()).orderBy(orderBy).collectAsList().stream()
        .map(Row::toString).toList();
  }

  private void write(String csv) throws IOException {
    Path input = dir.resolve("in/payments");
    Files.createDirectories(input);
    Files.writeString(input.resolve("part-0.csv"), "id,status,amount,country\n" + csv);
  }
}
