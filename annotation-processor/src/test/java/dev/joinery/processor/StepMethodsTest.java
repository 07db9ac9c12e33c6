package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Joins with a condition or without keys, joins that carry both sides' columns, and aggregates of
 * computed values or chosen rows: what they generate, and one tagged error per mistake.
 */
class StepMethodsTest {

  /** Orders with their customer's country, the big ones counted apart, and orders compared with the average. */
  private static final String JOB = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Job(name = "order_sizes")
      final class OrderSizesJob {

        /** Each order with its customer's country, carried without a method. */
        @Join(left = "raw.orders", right = "raw.customers", on = "customerId = id")
        Placed placed;

        record Placed(long orderId, String status, @Decimal(precision = 10, scale = 2) BigDecimal price,
      int quantity, String country) {}

        /** Per country: all orders, the paid ones, and the value of the paid ones. */
        @Aggregate(from = "placed", groupBy = "country")
        Sizes sizes;

        record Sizes(String country, @Count long orders, @Count(when = "isPaid") long paid,
            @Sum(value = "value", when = "isPaid") BigDecimal paidValue) {}

        static boolean isPaid(Placed p) {
          return "PAID".equals(p.status());
        }

        static BigDecimal value(Placed p) {
          return p.price().multiply(BigDecimal.valueOf(p.quantity()));
        }

        /** The average number of orders of a country. */
        @Aggregate(from = "sizes")
        Average average;

        record Average(@Avg("orders") Double orders) {}

        /** Countries above the average, compared through a cross join with the one-row average. */
        @Join(type = JoinType.CROSS, where = "aboveAverage")
        static Busy busy(@From("sizes") Sizes s, @From("average") Average a) {
          return new Busy(s.country(), s.orders());
        }

        static boolean aboveAverage(Sizes s, Average a) {
          return a.orders() != null && s.orders() > a.orders();
        }

        @Table(name = "curated.busy_countries", location = "data/curated/busy_countries")
        record Busy(String country, long orders) {}

        @Sink
        @Select(from = "busy")
        Busy written;
      }
      """;

  private static Compilation compile(String source) {
    return Fixtures.compile(Fixtures.job("shop.OrderSizesJob", source));
  }

  private static void expectOneError(String source, String at, String... fragments) {
    Fixtures.expectOneError("shop.OrderSizesJob", source, at, fragments);
  }

  @Test
  void generatesConditionsAndComputedValuesAsSparkColumns() throws Exception {
    Compilation compilation = compile(JOB);
    assertThat(compilation).succeededWithoutWarnings();
    String generated = Fixtures.generatedSource(compilation, "shop.JoineryOrderSizesJob");
    assertThat(generated).contains("average.as(\"right\"),\n            busyAboveAverage(),\n            \"cross\")");
    assertThat(generated).contains("count(when(sizesIsPaid(), lit(1))).as(\"paid\")");
    assertThat(generated).contains("sum(when(sizesIsPaid(), sizesValue())).as(\"paidValue\")");
    assertThat(generated).contains("col(\"right.country\").as(\"country\")");
    assertThat(generated).contains("col(\"left.price\").as(\"price\")");
    assertThat(generated).doesNotContain(".map(");
  }

  @Test
  void aCrossJoinWithKeysIsAnError() {
    String source = replace(JOB, "@Join(type = JoinType.CROSS,", "@Join(on = \"country\", type = JoinType.CROSS,");
    expectOneError(source, "@Join(on = \"country\"",
        "[joinery:job-definition] Step 'busy' is a CROSS join, which pairs every row with every row and has no keys");
  }

  @Test
  void aJoinWithoutKeysMustBeDeclaredCross() {
    String source = replace(JOB, "@Join(type = JoinType.CROSS, where", "@Join(where");
    expectOneError(source, "@Join(where", "[joinery:job-definition] The join condition of step 'busy' names no keys",
        "declare type = JoinType.CROSS");
  }

  @Test
  void aMissingConditionMethodIsNamedWithASuggestion() {
    String source = replace(JOB, "where = \"aboveAverage\"", "where = \"aboveAvrage\"");
    expectOneError(source, "where = \"aboveAvrage\"",
        "[joinery:step-method] The join condition 'aboveAvrage' of step 'busy' is no static method of OrderSizesJob;"
            + " declare static boolean aboveAvrage(OrderSizesJob.Sizes, OrderSizesJob.Average).", "Did you mean 'aboveAverage'?");
  }

  @Test
  void aConditionTakesBothRowsInOrder() {
    String source = replace(JOB, "static boolean aboveAverage(Sizes s, Average a) {", "static boolean aboveAverage(Average a, Sizes s) {");
    expectOneError(source, "static boolean aboveAverage(",
        "[joinery:step-method] The join condition 'aboveAverage' of step 'busy' must take the step's input rows, left"
            + " then right: declare it static boolean aboveAverage(OrderSizesJob.Sizes, OrderSizesJob.Average).");
  }

  @Test
  void anAggregateConditionReturnsBoolean() {
    String source = replace(JOB, "static boolean isPaid(Placed p) {\n    return \"PAID\".equals(p.status());",
        "static String isPaid(Placed p) {\n    return p.status();");
    expectOneError(source, "static String isPaid(",
        "[joinery:step-method] The aggregate condition 'isPaid' of step 'sizes' returns String; a condition returns boolean");
  }

  @Test
  void aMethodOutsideTheSubsetIsAnErrorNotAJvmStep() {
    String source = replace(JOB, "return \"PAID\".equals(p.status());", "return p.status().intern() == \"PAID\";");
    expectOneError(source, "return p.status().intern()",
        "[joinery:step-method] The aggregate condition isPaid() of step 'sizes' runs inside a Spark aggregate and has"
            + " no JVM form");
  }

  @Test
  void aCarriedComponentMustComeFromOneSide() {
    String source = replace(JOB, "BigDecimal price,\n", "BigDecimal prize,\n");
    expectOneError(source, "BigDecimal prize,",
        "[joinery:unknown-column] Component 'prize' of OrderSizesJob.Placed is a component of neither Order nor Customer",
        "Did you mean 'price'?");
  }

  /** Customers paired with the customers of the same country: only the key is named alike on purpose. */
  private static final String NEIGHBOURS = """
      package shop;

      import dev.joinery.annotations.*;

      @Job(name = "neighbours")
      final class NeighboursJob {
        @Join(left = "raw.customers", right = "raw.customers", on = "country", rename = {"neighbour = right.name"})
        Pair pair;

        @Table(name = "curated.neighbours", location = "data/curated/neighbours")
        record Pair(String country, String name, String neighbour) {}

        @Sink
        @Select(from = "pair")
        Pair written;
      }
      """;

  @Test
  void aComponentOfBothSidesIsTakenFromTheSideItsRenameNames() throws Exception {
    String source = replace(NEIGHBOURS, "rename = {\"neighbour = right.name\"}",
        "rename = {\"neighbour = right.name\", \"name = left.name\"}");
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.NeighboursJob", source));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = Fixtures.generatedSource(compilation, "shop.JoineryNeighboursJob");
    assertThat(generated).containsMatch("col\\(\"left.country\"\\).as\\(\"country\"\\),\\s+"
        + "col\\(\"left.name\"\\).as\\(\"name\"\\),\\s+col\\(\"right.name\"\\).as\\(\"neighbour\"\\)\\)");
  }

  @Test
  void aComponentOfBothSidesIsAmbiguous() {
    JavaFileObject file = Fixtures.job("shop.NeighboursJob", NEIGHBOURS);
    Compilation compilation = Fixtures.compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:unknown-column] Component 'name' of NeighboursJob.Pair"
        + " is a component of both Customer and Customer, so step 'pair' cannot tell which to carry; say rename ="
        + " \"name = left.name\"").inFile(file).onLine(lineOf(NEIGHBOURS, "record Pair("));
  }

  @Test
  void aRenameNamesASideAndAColumn() {
    String source = replace(NEIGHBOURS, "\"neighbour = right.name\"", "\"neighbour = name\"");
    JavaFileObject file = Fixtures.job("shop.NeighboursJob", source);
    Compilation compilation = Fixtures.compile(file);
    assertThat(compilation).hadErrorContaining("[joinery:unknown-column] Rename 'neighbour = name' of step 'pair' must"
        + " name a column of one side, as in \"neighbour = left.<component of Customer>\"")
        .inFile(file).onLine(lineOf(source, "@Join("));
  }

  @Test
  void theOuterSideOfACarryingJoinIsBoxed() {
    String source = replace(JOB, "on = \"customerId = id\")\n  Placed placed;",
        "on = \"customerId = id\", type = JoinType.RIGHT)\n  Placed placed;");
    source = replace(source, "int quantity, String country", "Integer quantity, String country");
    expectOneError(source, "record Placed(long orderId,",
        "[joinery:type-mismatch] Component 'orderId' of OrderSizesJob.Placed may be null (its side of the RIGHT join may have no"
            + " match) but is a primitive long; use the boxed type.");
  }

  @Test
  void conditionsAndComputedValuesAreInTheColumnLineage() throws Exception {
    String source = """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;

        @Job(name = "paid_by_country")
        final class PaidByCountryJob {
          @Join(left = "raw.orders", right = "raw.customers", on = "customerId = id", where = "named")
          Placed placed;

          static boolean named(Order o, Customer c) {
            return !c.name().isEmpty();
          }

          record Placed(String country, @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity,
              String status) {}

          static boolean isPaid(Placed p) {
            return "PAID".equals(p.status());
          }

          static BigDecimal value(Placed p) {
            return p.price().multiply(BigDecimal.valueOf(p.quantity()));
          }

          @Aggregate(from = "placed", groupBy = "country")
          @Sink
          CountryPaid paid;

          @Table(name = "curated.paid_by_country", location = "data/curated/paid_by_country")
          record CountryPaid(String country, @Sum(value = "value", when = "isPaid") BigDecimal paidValue) {}
        }
        """;
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.PaidByCountryJob", source));
    assertThat(compilation).succeededWithoutWarnings();
    com.fasterxml.jackson.databind.JsonNode lineage = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        LineageTest.resource(compilation, "META-INF/joinery/paid_by_country.lineage.json"))
        .get("outputs").get(0).get("facets").get("columnLineage");
    com.fasterxml.jackson.databind.JsonNode fields = lineage.get("fields");
    assertThat(LineageTest.deps(fields.get("country").get("inputFields")))
        .containsExactly("raw.customers.country DIRECT/IDENTITY");
    assertThat(LineageTest.deps(fields.get("paidValue").get("inputFields"))).containsExactly(
        "raw.orders.price DIRECT/AGGREGATION", "raw.orders.quantity DIRECT/AGGREGATION",
        "raw.orders.status INDIRECT/CONDITIONAL");
    assertThat(LineageTest.deps(lineage.get("dataset"))).containsAtLeast("raw.orders.customerId INDIRECT/JOIN",
        "raw.customers.id INDIRECT/JOIN", "raw.customers.name INDIRECT/JOIN");
  }
}
