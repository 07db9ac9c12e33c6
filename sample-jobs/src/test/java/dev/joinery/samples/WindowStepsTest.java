package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.samples.testjobs.JoinerySaleWindowsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Window} and {@code @Deduplicate(keep = ...)} on real Spark. Expected rows are worked out
 * by hand from the sales below: customer 1 has two sales on 01-02, customer 2 two on 01-05 (one
 * without an amount), customer 3 a single sale.
 */
class WindowStepsTest {
  @TempDir static Path dir;

  @BeforeAll
  static void run() throws IOException {
    Path sales = Files.createDirectories(dir.resolve("in/sales"));
    Files.writeString(sales.resolve("part-0.csv"), """
        customerId,orderId,day,amount
        1,13,2024-01-04,10
        2,21,2024-01-05,
        1,10,2024-01-01,5
        3,30,2024-01-01,8
        1,12,2024-01-02,3
        2,22,2024-01-05,6
        1,11,2024-01-02,7
        2,20,2024-01-03,4
        """);
    SparkSessions.run(new JoinerySaleWindowsJob(), dir);
  }

  /** The rows of an output table, by order id. */
  private static List<String> rows(String table) {
    return SparkSessions.spark().read().parquet(dir.resolve("out/" + table).toString())
        .orderBy("orderId").collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  void tiesShareARankAndARunningTotal() {
    // orderId, rank, denseRank, runningTotal (nulls skipped), salesSoFar: sales tying on the day count together.
    assertEquals(List.of(
        "[10,1,1,5,1]",
        "[11,2,2,15,3]",
        "[12,2,2,15,3]",
        "[13,4,3,25,4]",
        "[20,1,1,4,1]",
        "[21,2,2,10,3]",
        "[22,2,2,10,3]",
        "[30,1,1,8,1]"), rows("ranked_sales"));
  }

  @Test
  void rowNumbersCountAndLagsAndLeadsAreNullAtThePartitionsEdges() {
    // orderId, number, previous amount, amount two sales later.
    assertEquals(List.of(
        "[10,1,null,3]",
        "[11,2,5,10]",
        "[12,3,7,null]",
        "[13,4,3,null]",
        "[20,1,null,6]",
        "[21,2,4,null]",
        "[22,3,null,null]",
        "[30,1,null,null]"), rows("numbered_sales"));
  }

  @Test
  void theLatestSaleOfEachCustomerIsKeptWithTiesBrokenByTheSecondKey() {
    assertEquals(List.of("[1,13,2024-01-04]", "[2,22,2024-01-05]", "[3,30,2024-01-01]"), rows("latest_sales"));
  }
}
