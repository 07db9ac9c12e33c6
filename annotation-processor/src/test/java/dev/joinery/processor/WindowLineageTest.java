package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.LineageTest.deps;
import static dev.joinery.processor.LineageTest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lineage and diagrams of {@code @Window} steps and {@code @Deduplicate(keep = ...)}. */
class WindowLineageTest {
  private static Compilation compilation;
  private static JsonNode lineage;

  @BeforeAll
  static void compile() throws IOException {
    compilation = Fixtures.compile(Fixtures.job("shop.OrderHistoryJob", WindowDiagnosticsTest.WINDOW_JOB));
    assertThat(compilation).succeeded();
    lineage = new ObjectMapper().readTree(resource(compilation, "META-INF/joinery/order_history.lineage.json"));
  }

  private static JsonNode columnLineage(String table) {
    for (JsonNode output : lineage.get("outputs")) {
      if (output.get("name").asText().equals(table)) {
        return output.get("facets").get("columnLineage");
      }
    }
    throw new AssertionError("no output " + table + " in " + lineage);
  }

  private static JsonNode field(String name) {
    return columnLineage("curated.order_history").get("fields").get(name).get("inputFields");
  }

  @Test
  void copiedColumnsAreIdentities() {
    assertThat(deps(field("orderDate"))).containsExactly("raw.orders.orderDate DIRECT/IDENTITY");
  }

  @Test
  void ranksDependOnThePartitionAndTheOrder() {
    for (String rank : new String[] {"number", "rank", "denseRank"}) {
      assertThat(deps(field(rank))).containsExactly("raw.orders.customerId INDIRECT/WINDOW",
          "raw.orders.orderDate INDIRECT/SORT", "raw.orders.orderId INDIRECT/SORT").inOrder();
    }
  }

  @Test
  void aLagIsItsColumnFromAnotherRow() {
    assertThat(deps(field("previousPrice"))).containsExactly("raw.orders.price DIRECT/TRANSFORMATION",
        "raw.orders.customerId INDIRECT/WINDOW", "raw.orders.orderDate INDIRECT/SORT",
        "raw.orders.orderId INDIRECT/SORT").inOrder();
    assertThat(field("twoLater").get(0).get("transformations").get(0).get("description").asText())
        .isEqualTo("lead(orderDate, 2)");
  }

  @Test
  void runningAggregatesAggregateTheirColumn() {
    assertThat(deps(field("quantitySoFar"))).containsExactly("raw.orders.quantity DIRECT/AGGREGATION",
        "raw.orders.customerId INDIRECT/WINDOW", "raw.orders.orderDate INDIRECT/SORT",
        "raw.orders.orderId INDIRECT/SORT").inOrder();
    assertThat(deps(field("ordersSoFar"))).containsExactly("raw.orders.customerId INDIRECT/WINDOW",
        "raw.orders.orderDate INDIRECT/SORT", "raw.orders.orderId INDIRECT/SORT").inOrder();
  }

  @Test
  void aWindowKeepsEveryRow() {
    assertThat(deps(columnLineage("curated.order_history").get("dataset"))).isEmpty();
  }

  @Test
  void theKeysAndTheKeepOrderDecideWhichRowsADeduplicationKeeps() {
    assertThat(deps(columnLineage("curated.latest_orders").get("dataset"))).containsExactly(
        "raw.orders.customerId INDIRECT/GROUP_BY", "raw.orders.orderDate INDIRECT/SORT",
        "raw.orders.orderId INDIRECT/SORT").inOrder();
    assertThat(deps(columnLineage("curated.latest_orders").get("fields").get("orderId").get("inputFields")))
        .containsExactly("raw.orders.orderId DIRECT/IDENTITY");
  }

  @Test
  void theJobDiagramShowsTheWindowAndTheKeepOrder() throws IOException {
    String svg = resource(compilation, "META-INF/joinery/order_history.job.svg");
    assertThat(svg).contains(">window by customerId order by orderDate, orderId</text>");
    assertThat(svg).contains(">keeps first by orderDate desc, orderId desc per customerId</text>");
    assertThat(resource(compilation, "META-INF/joinery/order_history.lineage.svg")).startsWith("<svg");
  }
}
