package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @Window} steps and {@code @Deduplicate(keep = ...)}: what they generate, and one broken
 * declaration per test giving exactly one tagged error on the element at fault.
 */
class WindowDiagnosticsTest {

  /** Each customer's orders in date order, and each customer's latest order: correct. Tests break one thing at a time. */
  static final String WINDOW_JOB = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Job(name = "order_history")
      final class OrderHistoryJob {

        /** Each customer's orders in date order, with a running total. */
        @Window(from = "raw.orders", partitionBy = "customerId", orderBy = {"orderDate", "orderId"})
        @Sink
        History history;

        /** Each customer's latest order. */
        @Deduplicate(from = "raw.orders", keys = "customerId", keep = {"orderDate desc", "orderId desc"})
        Order latest;

        @Select(from = "latest")
        @Sink
        Latest latestOrders;

        @Table(name = "curated.order_history", location = "data/curated/order_history", format = Format.PARQUET)
        record History(long customerId, long orderId, LocalDate orderDate,
            @RowNumber int number,
            @Rank int rank,
            @DenseRank int denseRank,
            @Lag("price") @Decimal(precision = 10, scale = 2) BigDecimal previousPrice,
            @Lead(value = "orderDate", offset = 2) LocalDate twoLater,
            @Sum("quantity") long quantitySoFar,
            @Count long ordersSoFar) {}

        @Table(name = "curated.latest_orders", location = "data/curated/latest_orders", format = Format.PARQUET)
        record Latest(long customerId, long orderId, LocalDate orderDate) {}
      }
      """;

  private static Compilation compile(String source) {
    return Fixtures.compile(Fixtures.job("shop.OrderHistoryJob", source));
  }

  /** Compiles the job with one edit and expects one error on the line holding {@code at}. */
  private static void expectOneError(String source, String at, String... fragments) {
    Fixtures.expectOneError("shop.OrderHistoryJob", source, at, fragments);
  }

  /** The text with each run of white space, line breaks included, as one space: code without its layout. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  @Test
  void aWindowStepSelectsItsColumnsOverOneWindow() throws Exception {
    Compilation compilation = compile(WINDOW_JOB);
    assertThat(compilation).succeededWithoutWarnings();
    String runner = Fixtures.generatedSource(compilation, "shop.JoineryOrderHistoryJob");
    assertThat(oneLine(runner)).contains(oneLine("""
            Values.conform(
                  rawOrders.select(
                    col("customerId"),
                    col("orderId"),
                    col("orderDate"),
                    row_number().over(historyWindow()).as("number"),
                    rank().over(historyWindow()).as("rank"),
                    dense_rank().over(historyWindow()).as("denseRank"),
                    lag(col("price"), 1).over(historyWindow()).as("previousPrice"),
                    lead(col("orderDate"), 2).over(historyWindow()).as("twoLater"),
                    sum(col("quantity")).over(historyRunningFrame()).as("quantitySoFar"),
                    count(lit(1)).over(historyRunningFrame()).as("ordersSoFar")),
                  OrderHistoryJob_HistoryRows.SCHEMA));"""));
    assertThat(oneLine(runner)).contains(oneLine("""
          static WindowSpec historyWindow() {
            return Window.partitionBy(col("customerId")).orderBy(col("orderDate").asc(), col("orderId").asc());
          }"""));
    assertThat(oneLine(runner)).contains(oneLine("""
          static WindowSpec historyRunningFrame() {
            return historyWindow().rangeBetween(Window.unboundedPreceding(), Window.currentRow());
          }"""));
  }

  @Test
  void deduplicationWithAnOrderKeepsEachKeysFirstRow() throws Exception {
    String runner = Fixtures.generatedSource(compile(WINDOW_JOB), "shop.JoineryOrderHistoryJob");
    assertThat(oneLine(runner)).contains(oneLine("""
              rawOrders
                .withColumn("#row_number", row_number().over(
                    Window.partitionBy(col("customerId")).orderBy(col("orderDate").desc(), col("orderId").desc())))
                .where(col("#row_number").equalTo(1))
                .drop("#row_number"));"""));
  }

  @Test
  void withoutAnOrderRunningAggregatesCoverTheWholePartition() throws Exception {
    String source = replace(WINDOW_JOB, ", orderBy = {\"orderDate\", \"orderId\"})", ")");
    for (String ordered : List.of("@RowNumber int number,", "@Rank int rank,", "@DenseRank int denseRank,",
        "@Lag(\"price\") @Decimal(precision = 10, scale = 2) BigDecimal previousPrice,",
        "@Lead(value = \"orderDate\", offset = 2) LocalDate twoLater,")) {
      source = replace(source, ordered, "");
    }
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    String runner = Fixtures.generatedSource(compilation, "shop.JoineryOrderHistoryJob");
    assertThat(runner).contains("sum(col(\"quantity\")).over(historyWindow()).as(\"quantitySoFar\")");
    assertThat(runner).contains("return Window.partitionBy(col(\"customerId\"));");
    assertThat(runner).doesNotContain("RunningFrame");
  }

  @Test
  void anUnknownPartitionKeySuggestsAComponent() {
    expectOneError(replace(WINDOW_JOB, "partitionBy = \"customerId\"", "partitionBy = \"customer\""),
        "partitionBy = \"customer\"",
        "[joinery:unknown-column] Partition key 'customer' of step 'history' is not a component of Order.",
        "Did you mean 'customerId'?");
  }

  @Test
  void anUnknownOrderKeySuggestsAComponent() {
    expectOneError(replace(WINDOW_JOB, "orderBy = {\"orderDate\",", "orderBy = {\"ordrDate\","), "orderBy = {\"ordrDate\",",
        "[joinery:unknown-column] Window order key 'ordrDate' of step 'history' is not a component of Order.",
        "Did you mean 'orderDate'?");
  }

  @Test
  void anUnknownKeepKeySuggestsAComponent() {
    expectOneError(replace(WINDOW_JOB, "keep = {\"orderDate desc\"", "keep = {\"updatedAt desc\""),
        "keep = {\"updatedAt desc\"",
        "[joinery:unknown-column] Keep order key 'updatedAt' of step 'latest' is not a component of Order.");
  }

  @Test
  void keepingTheFirstRowNeedsKeys() {
    expectOneError(replace(WINDOW_JOB, "keys = \"customerId\", keep", "keep"), "@Deduplicate(from",
        "[joinery:job-definition] @Deduplicate on step 'latest' keeps the first row of each key but names no keys");
  }

  @Test
  void anUnknownLagColumnSuggestsAComponent() {
    expectOneError(replace(WINDOW_JOB, "@Lag(\"price\")", "@Lag(\"prise\")"), "@Lag(\"prise\")",
        "[joinery:unknown-column] Column 'prise' of step 'history' is not a component of Order.",
        "Did you mean 'price'?");
  }

  @Test
  void ranksAndLagsNeedAnOrder() {
    String source = replace(WINDOW_JOB, ", orderBy = {\"orderDate\", \"orderId\"})", ")");
    expectOneError(source, "@Window(from",
        "[joinery:job-definition] Step 'history' computes @RowNumber number, @Rank rank, @DenseRank denseRank,"
            + " @Lag previousPrice, @Lead twoLater, which depend on the order of rows, but its window has none;"
            + " add orderBy = {\"...\"} to @Window.");
  }

  @Test
  void rowNumbersAreInt() {
    expectOneError(replace(WINDOW_JOB, "@RowNumber int number", "@RowNumber long number"), "@RowNumber long number",
        "[joinery:window-type] @RowNumber component 'number' of step 'history' is long, but row numbers and ranks"
            + " are int, as Spark computes them; declare it int.");
  }

  @Test
  void aLagHasItsColumnsType() {
    expectOneError(replace(WINDOW_JOB, "@Lead(value = \"orderDate\", offset = 2) LocalDate twoLater",
            "@Lead(value = \"orderDate\", offset = 2) String twoLater"), "String twoLater",
        "[joinery:window-type] @Lead component 'twoLater' of step 'history' is String, but it reads orderDate,"
            + " which is LocalDate in Order; give it that type, boxed.");
  }

  @Test
  void aLagIsBoxedSinceTheFirstRowsHaveNone() {
    String source = replace(WINDOW_JOB, "@Count long ordersSoFar", "@Count long ordersSoFar,\n      @Lag(\"quantity\") int previousQuantity");
    expectOneError(source, "int previousQuantity",
        "[joinery:window-type] @Lag component 'previousQuantity' of step 'history' is a primitive int, but the first"
            + " rows of each partition have no row to read, so it is null there; use the boxed type.");
  }

  @Test
  void aLagIsNotDeclaredNotNull() {
    expectOneError(replace(WINDOW_JOB, "@Lag(\"price\") @Decimal", "@Lag(\"price\") @NotNull @Decimal"), "@NotNull @Decimal",
        "[joinery:window-type] @Lag component 'previousPrice' of step 'history' is @NotNull, but the first rows of"
            + " each partition have no row to read, so it is null there; use the boxed type without @NotNull.");
  }

  @Test
  void aLagOffsetIsOneOrMore() {
    expectOneError(replace(WINDOW_JOB, "offset = 2", "offset = -1"), "offset = -1",
        "[joinery:job-definition] @Lead component 'twoLater' of step 'history': offset = -1 names no other row;"
            + " give how many rows after the current one to read, 1 or more.");
  }

  @Test
  void aRunningSumHasTheTypeOfAnAggregateSum() {
    expectOneError(replace(WINDOW_JOB, "@Sum(\"quantity\") long", "@Sum(\"quantity\") int"), "@Sum(\"quantity\") int",
        "[joinery:aggregate-type] @Sum component 'quantitySoFar' of step 'history' is int, but a sum of int is long.");
  }

  @Test
  void sparkCountsNoDistinctValuesOverAWindow() {
    expectOneError(replace(WINDOW_JOB, "@Count long ordersSoFar", "@CountDistinct(\"status\") long ordersSoFar"),
        "@CountDistinct(\"status\") long ordersSoFar",
        "[joinery:window-type] @CountDistinct component 'ordersSoFar' of step 'history': Spark has no distinct"
            + " aggregates over a window");
  }

  @Test
  void aComponentIsComputedOneWay() {
    expectOneError(replace(WINDOW_JOB, "@Rank int rank", "@Rank @RowNumber int rank"), "@Rank @RowNumber int rank",
        "[joinery:window-type] Component 'rank' of OrderHistoryJob.History has @RowNumber and @Rank; a component is"
            + " computed one way, so keep one.");
  }

  @Test
  void aComponentNeitherCopiedNorComputedSuggestsAColumn() {
    expectOneError(replace(WINDOW_JOB, "long orderId, LocalDate orderDate,", "long ordrId, LocalDate orderDate,"),
        "long ordrId",
        "[joinery:unknown-column] Component 'ordrId' of OrderHistoryJob.History is not a component of Order to copy,"
            + " and no window annotation computes it, in step 'history'",
        "Did you mean 'orderId'?");
  }

  @Test
  void aCopiedComponentKeepsItsType() {
    expectOneError(replace(WINDOW_JOB, "record History(long customerId", "record History(int customerId"),
        "record History(int customerId",
        "[joinery:window-type] Component 'customerId' is long in Order but int in OrderHistoryJob.History, and step"
            + " 'history' copies it; give both the same type.");
  }
}
