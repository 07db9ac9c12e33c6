package dev.joinery.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.joinery.runtime.Expectations;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.RunReport;
import dev.joinery.runtime.openlineage.LineageEmitter;
import dev.joinery.runtime.openlineage.OpenLineageSettings;
import dev.joinery.samples.SparkSessions;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * daily_revenue on local Spark with OpenLineage configured: the events each transport receives,
 * read back with the OpenLineage Java model.
 */
class OpenLineageEventsTest {
  private static final Pattern RUN_ID = Pattern.compile("run ([0-9a-f-]{36})");

  @TempDir Path dir;

  @Test
  void successfulRunWritesStartAndCompleteWithDatasetsFacetsAndColumnLineage() throws IOException {
    SparkSessions.copySampleData(dir);
    Path events = dir.resolve("events.jsonl");
    StringBuilder console = new StringBuilder();
    RunReport report = run(OpenLineageSettings.FROM_ENVIRONMENT.withEventsFile(events), console);

    List<OpenLineage.RunEvent> sent = read(events);
    assertEquals(List.of(EventType.START, EventType.COMPLETE), sent.stream().map(OpenLineage.RunEvent::getEventType).toList());
    String runId = runIdOf(console);
    for (OpenLineage.RunEvent event : sent) {
      assertEquals(runId, event.getRun().getRunId().toString(), "the run id Joinery's catalog records");
      assertTrue(event.getSchemaURL().toString().contains("/spec/2-0-2/"), event.getSchemaURL().toString());
      assertEquals("joinery", event.getJob().getNamespace());
      assertEquals("daily_revenue", event.getJob().getName());
      assertEquals("Revenue per country and day, from paid orders only.",
          event.getJob().getFacets().getDocumentation().getDescription());
      OpenLineage.JobTypeJobFacet jobType = event.getJob().getFacets().getJobType();
      assertEquals(List.of("BATCH", "JOINERY", "JOB"),
          List.of(jobType.getProcessingType(), jobType.getIntegration(), jobType.getJobType()));
      assertNull(event.getRun().getFacets().getErrorMessage());

      // Inputs and output: namespace file, the absolute path of the final location.
      assertEquals(List.of(path("data/raw/orders"), path("data/raw/customers")),
          event.getInputs().stream().map(d -> d.getNamespace() + ":" + d.getName()).toList());
      assertEquals(List.of(path("data/curated/daily_revenue")),
          event.getOutputs().stream().map(d -> d.getNamespace() + ":" + d.getName()).toList());
      assertEquals(List.of("raw.orders", "raw.customers"), event.getInputs().stream().map(d -> symlink(d.getFacets())).toList());
      OpenLineage.OutputDataset output = event.getOutputs().get(0);
      assertEquals("curated.daily_revenue", symlink(output.getFacets()));

      // Columns with Spark's type names.
      assertEquals(Map.of("orderId", "bigint", "customerId", "bigint", "status", "string", "price", "decimal(10,2)",
          "quantity", "int", "orderDate", "date"), schema(event.getInputs().get(0).getFacets()));
      assertEquals(Map.of("day", "date", "country", "string", "revenue", "decimal(18,2)", "orders", "bigint",
          "customers", "bigint"), schema(output.getFacets()));

      // Column lineage: input fields name the event's own input datasets.
      OpenLineage.ColumnLineageDatasetFacet columnLineage = output.getFacets().getColumnLineage();
      assertNotNull(columnLineage);
      Set<String> inputs = event.getInputs().stream().map(d -> d.getNamespace() + ":" + d.getName())
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> lineageInputs = new TreeSet<>();
      columnLineage.getFields().getAdditionalProperties().values().forEach(column -> column.getInputFields()
          .forEach(f -> lineageInputs.add(f.getNamespace() + ":" + f.getName())));
      assertEquals(inputs, lineageInputs);
      assertEquals(compileTimeColumnLineage(Map.of("raw.orders", path("data/raw/orders"),
          "raw.customers", path("data/raw/customers"))), columnLineage(columnLineage));
    }
    // The compile-time lineage names the same tables as the events' symlinks.
    JsonNode lineage = compileTimeLineage();
    assertEquals(List.of("raw.orders", "raw.customers"), names(lineage.get("inputs")));
    assertEquals(List.of("curated.daily_revenue"), names(lineage.get("outputs")));

    // Only COMPLETE carries statistics: rows read and written, as the run report counts them.
    assertNull(sent.get(0).getOutputs().get(0).getOutputFacets());
    OpenLineage.OutputDataset completed = sent.get(1).getOutputs().get(0);
    assertEquals(report.rowsWritten().get("curated.daily_revenue"),
        completed.getOutputFacets().getOutputStatistics().getRowCount());
    assertEquals(report.rowsRead().get("raw.orders"),
        sent.get(1).getInputs().get(0).getInputFacets().getInputStatistics().getRowCount());
    // ... and the sources' @Expect results, as data quality assertions on the input.
    OpenLineage.DataQualityAssertionsDatasetFacetAssertions status = sent.get(1).getInputs().get(0).getInputFacets()
        .getDataQualityAssertions().getAssertions().get(0);
    Expectations.Result result = report.expectations().get(0);
    assertEquals(List.of("status_one_of", "status", false, "warn",
            result.failed() + " of " + result.checked() + " rows break it (QUARANTINE)"),
        List.of(status.getAssertion(), status.getColumn(), status.getSuccess(), status.getSeverity(), status.getActual()));
    assertTrue(result.failed() > 0, result.toString());
  }

  @Test
  void failedRunWritesStartAndFailWithTheMessage() throws IOException {
    SparkSessions.copySampleData(dir);
    Path orders = dir.resolve("data/raw/orders/orders.csv");
    Files.writeString(orders, Files.readAllLines(orders).get(0) + "\n"); // the header only: no rows
    Path events = dir.resolve("events.jsonl");
    StringBuilder console = new StringBuilder();
    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> run(OpenLineageSettings.FROM_ENVIRONMENT.withEventsFile(events), console));

    List<OpenLineage.RunEvent> sent = read(events);
    assertEquals(List.of(EventType.START, EventType.FAIL), sent.stream().map(OpenLineage.RunEvent::getEventType).toList());
    assertEquals(runIdOf(console), sent.get(1).getRun().getRunId().toString());
    OpenLineage.ErrorMessageRunFacet error = sent.get(1).getRun().getFacets().getErrorMessage();
    assertEquals(e.getMessage(), error.getMessage());
    assertTrue(error.getMessage().contains("Table raw.orders has no rows"), error.getMessage());
    assertEquals("JAVA", error.getProgrammingLanguage());
    assertNull(error.getStackTrace());
  }

  @Test
  void httpTransportFromAnOpenlineageYmlPostsBothEvents() throws IOException {
    SparkSessions.copySampleData(dir);
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/lineage", exchange -> {
      try (InputStream body = exchange.getRequestBody()) {
        bodies.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try {
      Path config = Files.writeString(dir.resolve("openlineage.yml"), """
          transport:
            type: http
            url: http://127.0.0.1:%d
          job:
            namespace: shop
          """.formatted(server.getAddress().getPort()));
      StringBuilder console = new StringBuilder();
      run(OpenLineageSettings.FROM_ENVIRONMENT.withConfigFile(config), console);
      List<OpenLineage.RunEvent> received = bodies.stream().map(OpenLineageClientUtils::runEventFromJson).toList();
      assertEquals(List.of(EventType.START, EventType.COMPLETE),
          received.stream().map(OpenLineage.RunEvent::getEventType).toList());
      for (OpenLineage.RunEvent event : received) {
        assertEquals(runIdOf(console), event.getRun().getRunId().toString());
        assertEquals("shop", event.getJob().getNamespace(), "the configuration's job.namespace");
      }
      assertFalse(console.toString().contains("warning: OpenLineage"), console.toString());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreachableEndpointWarnsAndTheRunSucceeds() throws IOException {
    SparkSessions.copySampleData(dir);
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    Path config = Files.writeString(dir.resolve("openlineage.yml"),
        "transport:\n  type: http\n  url: http://127.0.0.1:" + closedPort + "\n");
    StringBuilder console = new StringBuilder();
    RunReport report = run(OpenLineageSettings.FROM_ENVIRONMENT.withConfigFile(config), console);
    assertEquals(112L, report.rowsWritten().get("curated.daily_revenue"));
    assertTrue(console.toString().contains("warning: OpenLineage: could not send the START event"), console.toString());
    assertTrue(console.toString().contains("warning: OpenLineage: could not send the COMPLETE event"), console.toString());
  }

  @Test
  void nothingConfiguredMeansNoClient() throws IOException {
    RunOptions options = RunOptions.in(dir);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertSame(LineageEmitter.NONE, LineageEmitter.open(new JoineryDailyRevenueJob(), options,
        "7f3c1f5e-0000-4000-8000-000000000000", SparkSessions.spark(), out, Map.of("HOME", dir.toString()), dir, dir));
    // A run with the default options in an environment that configures nothing writes no events anywhere here.
    if (LineageEmitter.open(new JoineryDailyRevenueJob(), options, "7f3c1f5e-0000-4000-8000-000000000000",
        SparkSessions.spark(), out).enabled()) {
      return; // this machine's environment configures OpenLineage
    }
    SparkSessions.copySampleData(dir);
    StringBuilder console = new StringBuilder();
    run(OpenLineageSettings.FROM_ENVIRONMENT, console);
    assertFalse(console.toString().contains("OpenLineage"), console.toString());
    try (var files = Files.walk(dir)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".jsonl")));
    }
  }

  private RunReport run(OpenLineageSettings lineage, StringBuilder console) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      return JobLauncher.run(new JoineryDailyRevenueJob(), SparkSessions.spark(), RunOptions.in(dir).withLineage(lineage), out);
    } finally {
      console.append(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  private static String runIdOf(StringBuilder console) {
    Matcher m = RUN_ID.matcher(console);
    assertTrue(m.find(), console.toString());
    return m.group(1);
  }

  private static List<OpenLineage.RunEvent> read(Path events) throws IOException {
    return Files.readAllLines(events).stream().filter(l -> !l.isBlank()).map(OpenLineageClientUtils::runEventFromJson).toList();
  }

  private String path(String relative) {
    return "file:" + dir.resolve(relative).toAbsolutePath().normalize();
  }

  private static String symlink(OpenLineage.DatasetFacets facets) {
    List<OpenLineage.SymlinksDatasetFacetIdentifiers> ids = facets.getSymlinks().getIdentifiers();
    assertEquals(1, ids.size());
    assertEquals("TABLE", ids.get(0).getType());
    assertEquals("joinery", ids.get(0).getNamespace());
    return ids.get(0).getName();
  }

  private static Map<String, String> schema(OpenLineage.DatasetFacets facets) {
    Map<String, String> columns = new LinkedHashMap<>();
    facets.getSchema().getFields().forEach(f -> columns.put(f.getName(), f.getType()));
    return columns;
  }

  /** Output column to "dataset:field TYPE/SUBTYPE" lines, sorted. */
  private static Map<String, List<String>> columnLineage(OpenLineage.ColumnLineageDatasetFacet facet) {
    Map<String, List<String>> columns = new TreeMap<>();
    facet.getFields().getAdditionalProperties().forEach((column, lineage) -> {
      List<String> lines = new ArrayList<>();
      lineage.getInputFields().forEach(f -> f.getTransformations().forEach(t ->
          lines.add(f.getNamespace() + ":" + f.getName() + "." + f.getField() + " " + t.getType() + "/" + t.getSubtype())));
      lines.sort(null);
      columns.put(column, lines);
    });
    return columns;
  }

  /** The same, from the processor's JSON, with catalog names replaced by the datasets the run used. */
  private static Map<String, List<String>> compileTimeColumnLineage(Map<String, String> datasets) throws IOException {
    JsonNode fields = compileTimeLineage().get("outputs").get(0).get("facets").get("columnLineage").get("fields");
    Map<String, List<String>> columns = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> column = it.next();
      List<String> lines = new ArrayList<>();
      for (JsonNode f : column.getValue().get("inputFields")) {
        for (JsonNode t : f.get("transformations")) {
          lines.add(datasets.get(f.get("name").asText()) + "." + f.get("field").asText() + " "
              + t.get("type").asText() + "/" + t.get("subtype").asText());
        }
      }
      lines.sort(null);
      columns.put(column.getKey(), lines);
    }
    return columns;
  }

  private static JsonNode compileTimeLineage() throws IOException {
    try (InputStream in = OpenLineageEventsTest.class.getClassLoader()
        .getResourceAsStream("META-INF/joinery/daily_revenue.lineage.json")) {
      assertNotNull(in);
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<String> names(JsonNode datasets) {
    List<String> names = new ArrayList<>();
    datasets.forEach(d -> names.add(d.get("name").asText()));
    return names;
  }
}
