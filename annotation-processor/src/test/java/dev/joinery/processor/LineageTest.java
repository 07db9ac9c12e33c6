package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.REVENUE_JOB;
import static dev.joinery.processor.Fixtures.replace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Column lineage written at compile time, in OpenLineage's shape. */
class LineageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
        .getCharContent(true).toString();
  }

  private static JsonNode jobLineage(String source) throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", source));
    assertThat(compilation).succeeded();
    return JSON.readTree(resource(compilation, "META-INF/joinery/daily_revenue.lineage.json"));
  }

  /** "table.field TYPE/SUBTYPE" for each transformation of each input field. */
  static List<String> deps(JsonNode inputFields) {
    List<String> deps = new ArrayList<>();
    for (JsonNode field : inputFields) {
      for (JsonNode t : field.get("transformations")) {
        deps.add(field.get("name").asText() + "." + field.get("field").asText() + " " + t.get("type").asText() + "/"
            + t.get("subtype").asText());
      }
    }
    return deps;
  }

  @Test
  void outputColumnsNameTheSourceColumnsAndHow() throws IOException {
    JsonNode lineage = jobLineage(REVENUE_JOB).get("outputs").get(0).get("facets").get("columnLineage");

    JsonNode fields = lineage.get("fields");
    assertThat(deps(fields.get("day").get("inputFields"))).containsExactly("raw.orders.orderDate DIRECT/IDENTITY");
    assertThat(deps(fields.get("country").get("inputFields"))).containsExactly("raw.customers.country DIRECT/IDENTITY");
    assertThat(deps(fields.get("revenue").get("inputFields")))
        .containsExactly("raw.orders.price DIRECT/AGGREGATION", "raw.orders.quantity DIRECT/AGGREGATION");
    assertThat(deps(fields.get("orders").get("inputFields"))).isEmpty();
    assertThat(deps(lineage.get("dataset"))).containsExactly(
        "raw.orders.status INDIRECT/FILTER",
        "raw.orders.customerId INDIRECT/JOIN",
        "raw.customers.id INDIRECT/JOIN",
        "raw.orders.orderDate INDIRECT/GROUP_BY",
        "raw.customers.country INDIRECT/GROUP_BY");
  }

  @Test
  void rulesThatSetRowsAsideAndSkippedMalformedRowsFilterTheOutput() throws IOException {
    JavaFileObject orders = JavaFileObjects.forSourceString("shop.Order", """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;
        import java.time.LocalDate;

        @Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV)
        public record Order(long orderId, long customerId, String status,
            @Expect(min = "0", action = Expect.Action.QUARANTINE) @Decimal(precision = 10, scale = 2) BigDecimal price,
            @Expect(max = "100") int quantity,
            @Expect(min = "2020-01-01", action = Expect.Action.FAIL) LocalDate orderDate) {}
        """);
    JavaFileObject customers = JavaFileObjects.forSourceString("shop.Customer", """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "raw.customers", location = "data/raw/customers", format = Format.JSON,
            malformedRows = MalformedRows.SKIP)
        public record Customer(long id, String name, String country) {}
        """);
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor())
        .compile(orders, customers, Fixtures.DAILY_REVENUE, Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB));
    assertThat(compilation).succeeded();
    JsonNode lineage = JSON.readTree(resource(compilation, "META-INF/joinery/daily_revenue.lineage.json"));

    List<String> dataset = deps(lineage.get("outputs").get(0).get("facets").get("columnLineage").get("dataset"));
    assertThat(dataset).containsAtLeast("raw.orders.price INDIRECT/FILTER", "raw.orders.orderDate INDIRECT/FILTER",
        "raw.customers.id INDIRECT/FILTER", "raw.customers.name INDIRECT/FILTER", "raw.customers.country INDIRECT/FILTER");
    assertThat(dataset).doesNotContain("raw.orders.quantity INDIRECT/FILTER"); // WARN only counts
    JsonNode paid = lineage.get("steps").get(0);
    assertThat(paid.get("dataset").toString()).contains("@Expect price_range (QUARANTINE)");
    String jobDiagram = resource(compilation, "META-INF/joinery/daily_revenue.job.dot");
    assertThat(jobDiagram).contains("raw.orders\\nCSV · data/raw/orders\\nexpect price_range → quarantine"
        + "\\nexpect quantity_range → warn\\nexpect orderDate_range → fail\"");
    assertThat(jobDiagram).contains("raw.customers\\nJSON · data/raw/customers\\nmalformed rows skipped\"");
  }

  @Test
  void likePatternsInListsDivisionsAndConstantsReadTheirColumns() throws IOException {
    String source = replace(REVENUE_JOB, "return \"PAID\".equals(o.status());",
        "return o.status().matches(\"P.*D\") && MODES.contains(o.status()) && o.orderDate().isBefore(END);");
    source = replace(source, "o.price().multiply(BigDecimal.valueOf(o.quantity()))",
        "o.price().divide(BigDecimal.valueOf(o.quantity()), 2, java.math.RoundingMode.HALF_EVEN)");
    source = replace(source, "  record Line(", "  static final java.util.Set<String> MODES = java.util.Set.of(\"PAID\");\n"
        + "  static final LocalDate END = LocalDate.of(2030, 1, 31).plusMonths(1);\n  record Line(");
    JsonNode lineage = jobLineage(source);

    JsonNode paid = lineage.get("steps").get(0);
    assertThat(paid.get("translated").asBoolean()).isTrue();
    JsonNode columns = lineage.get("outputs").get(0).get("facets").get("columnLineage");
    assertThat(deps(columns.get("fields").get("revenue").get("inputFields")))
        .containsExactly("raw.orders.price DIRECT/AGGREGATION", "raw.orders.quantity DIRECT/AGGREGATION");
    assertThat(deps(columns.get("dataset"))).containsAtLeast("raw.orders.status INDIRECT/FILTER",
        "raw.orders.orderDate INDIRECT/FILTER");
  }

  @Test
  void conditionalsAreIndirectAndJvmStepsConservative() throws IOException {
    String source = replace(REVENUE_JOB, "return new Line(o.orderDate(), c.country(),",
        "return new Line(o.orderDate(), o.quantity() > 10 ? \"bulk\" : c.country(),");
    source = replace(source, "return \"PAID\".equals(o.status());", "return \"PAID\".equals(o.status().intern());");
    JsonNode lineage = jobLineage(source);

    JsonNode country = lineage.get("outputs").get(0).get("facets").get("columnLineage").get("fields").get("country");
    assertThat(deps(country.get("inputFields")))
        .containsExactly("raw.customers.country DIRECT/TRANSFORMATION", "raw.orders.quantity INDIRECT/CONDITIONAL");
    JsonNode paid = lineage.get("steps").get(0);
    assertThat(paid.get("name").asText()).isEqualTo("paid");
    assertThat(paid.get("translated").asBoolean()).isFalse();
    assertThat(paid.get("jvmReason").asText()).isEqualTo("call to String.intern()");
    assertThat(paid.get("conservativeLineage").asBoolean()).isTrue();
    assertThat(deps(paid.get("dataset"))).containsExactly("raw.orders.status INDIRECT/FILTER");
  }

  @Test
  void facetsUseOnlyTheFieldsOfTheOpenLineageSpec() throws IOException {
    JsonNode lineage = jobLineage(REVENUE_JOB);
    // A run event around our datasets, read by the official OpenLineage Java model (generated from the spec).
    String event = "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-11-21T00:00:00Z\","
        + "\"producer\":\"https://github.com/joinery-dev/joinery\",\"schemaURL\":"
        + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
        + "\"run\":{\"runId\":\"0195c2a8-0000-7000-8000-000000000000\"},\"job\":{\"namespace\":\"joinery\",\"name\":\"daily_revenue\"},"
        + "\"inputs\":" + lineage.get("inputs") + ",\"outputs\":" + lineage.get("outputs") + "}";
    OpenLineage.RunEvent parsed = OpenLineageClientUtils.runEventFromJson(event);

    OpenLineage.OutputDataset output = parsed.getOutputs().get(0);
    assertThat(output.getName()).isEqualTo("curated.daily_revenue");
    OpenLineage.SchemaDatasetFacet schema = output.getFacets().getSchema();
    assertThat(schema.getFields().stream().map(f -> f.getName() + ":" + f.getType()).toList())
        .containsExactly("day:date", "country:string", "revenue:decimal(38,18)", "orders:bigint").inOrder();
    assertThat(schema.getAdditionalProperties()).isEmpty();
    OpenLineage.ColumnLineageDatasetFacet columns = output.getFacets().getColumnLineage();
    assertThat(columns.getAdditionalProperties()).isEmpty();
    assertThat(columns.getFields().getAdditionalProperties().keySet())
        .containsExactly("day", "country", "revenue", "orders");
    OpenLineage.InputField price = columns.getFields().getAdditionalProperties().get("revenue").getInputFields().get(0);
    assertThat(price.getAdditionalProperties()).isEmpty();
    assertThat(price.getField()).isEqualTo("price");
    OpenLineage.InputFieldTransformations aggregation = price.getTransformations().get(0);
    assertThat(aggregation.getAdditionalProperties()).isEmpty();
    assertThat(aggregation.getType()).isEqualTo("DIRECT");
    assertThat(aggregation.getSubtype()).isEqualTo("AGGREGATION");
    assertThat(columns.getDataset()).hasSize(5);
  }

  @Test
  void buildLineageListsWhoReadsAndWritesEachTable() throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB));
    JsonNode build = JSON.readTree(resource(compilation, "META-INF/joinery/lineage.json"));
    assertThat(build.get("jobs").get(0).toString()).isEqualTo(
        "{\"name\":\"daily_revenue\",\"inputs\":[\"raw.orders\",\"raw.customers\"],\"outputs\":[\"curated.daily_revenue\"]}");
    assertThat(build.get("tables").toString()).contains(
        "{\"name\":\"curated.daily_revenue\",\"format\":\"PARQUET\",\"location\":\"data/curated/daily_revenue\","
            + "\"description\":\"\",\"columns\":[{\"name\":\"day\",\"type\":\"date\",\"nullable\":true},"
            + "{\"name\":\"country\",\"type\":\"string\",\"nullable\":true},"
            + "{\"name\":\"revenue\",\"type\":\"decimal(38,18)\",\"nullable\":true},"
            + "{\"name\":\"orders\",\"type\":\"bigint\",\"nullable\":false}],"
            + "\"writtenBy\":[\"daily_revenue\"],\"readBy\":[]}");
  }

  /** Snapshots compare steps by their declaration as javac prints it, so layout and comments do not count. */
  @Test
  void stepsCarryTheirDefinitionAndSink() throws IOException {
    JsonNode steps = jobLineage(REVENUE_JOB).get("steps");
    JsonNode revenue = steps.get(steps.size() - 1);
    assertThat(revenue.get("sink").asText()).isEqualTo("curated.daily_revenue");
    assertThat(revenue.get("definition").asText()).contains("@Aggregate(from = \"line\", groupBy = {\"day\", \"country\"})");
    assertThat(steps.get(0).has("sink")).isFalse();

    String relaidOut = replace(REVENUE_JOB, "static boolean paid(Order o) {", "static boolean paid(Order o)\n  {  /* reformatted */ ");
    JsonNode relaid = jobLineage(relaidOut).get("steps");
    assertThat(relaid.get(0).get("definition")).isEqualTo(steps.get(0).get("definition"));
  }
}
