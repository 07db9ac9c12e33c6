package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @FillMissing}, {@code @Unbox} and {@code @Relationalize}: checked at compile time, generated as Spark columns. */
class GlueTransformsTest {
  private static final String TABLES_SOURCE = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;
      import java.util.List;

      final class GlueTables {
        private GlueTables() {}
      }

      @Table(name = "clean.orders", location = "data/clean/orders", format = Format.PARQUET)
      record CleanOrder(long orderId, long customerId, @NotNull String status,
          @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity, LocalDate orderDate) {}

      @Table(name = "raw.events", location = "data/raw/events", format = Format.CSV)
      record Event(long id, String payload) {}

      record Address(String city, String zip) {}

      record Item(String sku, int qty) {}

      record Payload(Address address, List<Item> items) {}

      @Table(name = "clean.event_items", location = "data/clean/event_items", format = Format.PARQUET)
      record EventItem(long id, String sku, Integer qty) {}

      @Table(name = "clean.event_towns", location = "data/clean/event_towns", format = Format.PARQUET)
      record EventTown(long id, String payloadAddressZip, String town) {}
      """;
  private static final JavaFileObject TABLES = JavaFileObjects.forSourceString("shop.GlueTables", TABLES_SOURCE);

  private static final String JOB = """
      package shop;

      import dev.joinery.annotations.*;

      @Job(name = "glue_transforms")
      class GlueJob {
        /** Orders without gaps. */
        @FillMissing(from = "raw.orders", values = {
            "status = 'unknown'",
            "price = median"})
        @Sink
        CleanOrder filled;

        @Unbox(from = "raw.events", column = "payload")
        Parsed parsed;

        record Parsed(long id, Payload payload) {}

        @Relationalize(from = "parsed", explode = "payload.items")
        @Sink
        EventItem items;

        @Relationalize(from = "parsed", rename = {"town = payload.address.city"})
        @Sink
        EventTown towns;
      }
      """;

  private static Compilation compile(String job) {
    return Fixtures.compile(TABLES, Fixtures.job("shop.GlueJob", job));
  }

  private static void expectOneError(String job, String at, String message) {
    Compilation compilation = compile(job);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(Fixtures.job("shop.GlueJob", job)).onLine(lineOf(job, at));
  }

  /** One error, on the line of a table record's component holding {@code at}. */
  private static void expectOneErrorInTables(String job, String at, String message) {
    Compilation compilation = compile(job);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(TABLES).onLine(lineOf(TABLES_SOURCE, at));
  }

  private static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void theTransformsCompileToSparkColumns() throws IOException {
    Compilation compilation = compile(JOB);
    assertThat(compilation).succeededWithoutWarnings();
    String runner = Fixtures.generatedSource(compilation, "shop.JoineryGlueJob");
    assertThat(runner).contains("coalesce(col(\"status\"), lit(\"unknown\").cast(DataTypes.StringType)).as(\"status\")");
    assertThat(runner).contains("median(col(\"price\")).as(\"price\")");
    assertThat(runner).contains("from_json(");
    assertThat(runner).contains("explode(col(\"payload.items\"))");
    assertThat(runner).contains("col(\"payload.address.city\").as(\"town\")");
    assertThat(runner).doesNotContain("MapFunction");
  }

  @Test
  void lineageSaysWhatEachTransformReads() throws IOException {
    JsonNode lineage = new ObjectMapper().readTree(resource(compile(JOB), "META-INF/joinery/glue_transforms.lineage.json"));
    List<String> deps = new ArrayList<>();
    for (JsonNode output : lineage.get("outputs")) {
      JsonNode facet = output.get("facets").get("columnLineage");
      facet.get("fields").fields().forEachRemaining(f -> {
        for (JsonNode in : f.getValue().get("inputFields")) {
          for (JsonNode t : in.get("transformations")) {
            deps.add(output.get("name").asText() + "." + f.getKey() + " <- " + in.get("name").asText() + "."
                + in.get("field").asText() + " " + t.get("type").asText() + "/" + t.get("subtype").asText());
          }
        }
      });
      for (JsonNode in : facet.path("dataset")) {
        for (JsonNode t : in.get("transformations")) {
          deps.add(output.get("name").asText() + " rows <- " + in.get("name").asText() + "." + in.get("field").asText()
              + " " + t.get("type").asText() + "/" + t.get("subtype").asText());
        }
      }
    }
    assertThat(deps).containsAtLeast(
        "clean.orders.orderId <- raw.orders.orderId DIRECT/IDENTITY",
        "clean.orders.status <- raw.orders.status DIRECT/TRANSFORMATION",
        "clean.orders.price <- raw.orders.price DIRECT/TRANSFORMATION",
        "clean.orders.price <- raw.orders.price DIRECT/AGGREGATION",
        "clean.event_items.sku <- raw.events.payload DIRECT/TRANSFORMATION",
        "clean.event_items rows <- raw.events.payload INDIRECT/FILTER",
        "clean.event_towns.town <- raw.events.payload DIRECT/TRANSFORMATION",
        "clean.event_towns.id <- raw.events.id DIRECT/IDENTITY");
    assertThat(deps).doesNotContain("clean.orders.status <- raw.orders.status DIRECT/AGGREGATION");
  }

  @Test
  void theJobDiagramSaysWhatIsFilledParsedAndExploded() throws IOException {
    String dot = resource(compile(JOB), "META-INF/joinery/glue_transforms.job.dot");
    assertThat(dot).contains("filled (fill missing)\\nOrders without gaps.\\nfills status = 'unknown', price = median\\nSpark expression");
    assertThat(dot).contains("parsed (unbox)\\npayload parsed from JSON · malformed fail\\nSpark expression");
    assertThat(dot).contains("items (relationalize)\\none row per element of payload.items\\nSpark expression");
  }

  @Test
  void keepEmptyExplodesOuter() throws IOException {
    Compilation compilation = compile(replace(JOB, "explode = \"payload.items\"", "explode = \"payload.items\", keepEmpty = true"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Fixtures.generatedSource(compilation, "shop.JoineryGlueJob"))
        .contains("explode_outer(col(\"payload.items\"))");
    assertThat(resource(compilation, "META-INF/joinery/glue_transforms.job.dot"))
        .contains("one row per element of payload.items, one for an empty list");
  }

  @Test
  void aFillNamesAComponentOfTheInput() {
    expectOneError(replace(JOB, "\"price = median\"", "\"prise = median\""), "\"prise = median\"",
        "[joinery:unknown-column] Filled component 'prise' of step 'filled' is not a component of Order. Did you mean 'price'?");
  }

  @Test
  void aFillIsWrittenComponentEqualsValue() {
    expectOneError(replace(JOB, "\"price = median\"", "\"price median\""), "\"price median\"",
        "[joinery:job-definition] Fill 'price median' of step 'filled' must be written component = value");
  }

  @Test
  void aLiteralParsesAsTheColumnsType() {
    expectOneError(replace(JOB, "\"price = median\"", "\"price = 2.505\""), "\"price = 2.505\"",
        "[joinery:job-definition] Fill 'price = 2.505' of step 'filled' does not fit Order.price (decimal(10,2)):"
            + " it has more than 2 decimal places.");
  }

  @Test
  void textIsQuotedSoItIsNeverAStatistic() {
    expectOneError(replace(JOB, "\"status = 'unknown'\"", "\"status = unknown\""), "\"status = unknown\"",
        "does not fit Order.status (string): text is written in single quotes, as in 'unknown'.");
  }

  @Test
  void aMeanIsTakenOfNumbers() {
    expectOneError(replace(JOB, "\"status = 'unknown'\"", "\"status = mean\""), "\"status = mean\"",
        "does not fit Order.status (string): the mean is taken of numbers; use mode, min, max or a literal.");
  }

  @Test
  void aColumnLeftWithNullsStaysNullable() {
    expectOneErrorInTables(replace(JOB, "\"status = 'unknown'\",\n", ""), "@NotNull String status",
        "[joinery:select-type] Component 'status' may be null in Order and step 'filled' does not fill it, but it"
            + " cannot be null in CleanOrder; fill it, or use the boxed type.");
  }

  @Test
  void unboxParsesAString() {
    expectOneError(replace(JOB, "column = \"payload\"", "column = \"id\""), "column = \"id\"",
        "[joinery:select-type] Unboxed component 'id' of step 'parsed' is bigint in Event; @Unbox parses JSON text, a String.");
  }

  /** The steps reading the unboxed record fail too, since it has no nested paths: only the first error is asserted. */
  @Test
  void unboxParsesIntoARecordListOrMap() {
    String job = replace(JOB, "record Parsed(long id, Payload payload)", "record Parsed(long id, String payload)");
    assertThat(compile(job)).hadErrorContaining("[joinery:select-type] Component 'payload' of GlueJob.Parsed holds the JSON parsed by step"
            + " 'parsed', so its type is the JSON's shape: a record, List or Map, not string.");
  }

  @Test
  void relationalizeExplodesALists() {
    expectOneError(replace(JOB, "explode = \"payload.items\"", "explode = \"payload.address\""), "explode = ",
        "[joinery:unknown-column] Step 'items' explodes 'payload.address', which is struct<Address>, not a List;");
  }

  @Test
  void relationalizeRenamesNameAPath() {
    expectOneError(replace(JOB, "town = payload.address.city", "town = payload.adress.city"), "town = ",
        "[joinery:unknown-column] Path 'payload.adress.city' of step 'towns' is no path of GlueJob.Parsed."
            + " Did you mean 'payload.address.city'?");
  }

  @Test
  void relationalizeMatchesComponentsToFlattenedNames() {
    expectOneErrorInTables(replace(JOB, "rename = {\"town = payload.address.city\"}", "rename = {}"), "String town",
        "[joinery:unknown-column] Component 'town' of EventTown matches no path of GlueJob.Parsed for step 'towns';"
            + " add rename = \"town = <path>\".");
  }
}
