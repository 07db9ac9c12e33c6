package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Deduplicate;
import dev.joinery.annotations.DenseRank;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Lag;
import dev.joinery.annotations.Lead;
import dev.joinery.annotations.Rank;
import dev.joinery.annotations.RowNumber;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import dev.joinery.annotations.Window;
import java.time.LocalDate;

/** Window steps and the latest row per key, over each customer's sales. */
@Job(name = "test_sale_windows")
final class SaleWindowsJob {

  /** Sales ranked by day within each customer, with running totals (sales on the same day tie). */
  @Window(from = "test.sales", partitionBy = "customerId", orderBy = "day")
  @Sink
  RankedSale ranked;

  /** Sales numbered by day then order within each customer, with the amounts around them. */
  @Window(from = "test.sales", partitionBy = "customerId", orderBy = {"day", "orderId"})
  @Sink
  NumberedSale numbered;

  /** Each customer's latest sale; the higher order id wins a tie on the day. */
  @Deduplicate(from = "test.sales", keys = "customerId", keep = {"day desc", "orderId desc"})
  Sale latest;

  @Select(from = "latest")
  @Sink
  LatestSale latestSales;

  @Table(name = "test.ranked_sales", location = "out/ranked_sales", format = Format.PARQUET)
  record RankedSale(long orderId, @Rank int rank, @DenseRank int denseRank, @Sum("amount") Long runningTotal,
      @Count long salesSoFar) {}

  @Table(name = "test.numbered_sales", location = "out/numbered_sales", format = Format.PARQUET)
  record NumberedSale(long orderId, @RowNumber int number, @Lag("amount") Integer previousAmount,
      @Lead(value = "amount", offset = 2) Integer amountTwoLater) {}

  @Table(name = "test.latest_sales", location = "out/latest_sales", format = Format.PARQUET)
  record LatestSale(long customerId, long orderId, LocalDate day) {}
}
