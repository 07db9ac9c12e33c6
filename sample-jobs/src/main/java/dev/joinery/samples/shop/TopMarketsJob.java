package dev.joinery.samples.shop;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Trigger;
import dev.joinery.annotations.Workflow;
import java.math.BigDecimal;

/**
 * Country-days with at least 20 paid orders and more than 2,000 in revenue, best first. Runs
 * after daily_revenue, which writes what it reads, has succeeded (no schedule of its own).
 */
@Job(name = "top_markets")
@Trigger(afterWriters = true)
@Workflow("nightly")
final class TopMarketsJob {

  /** Busy and lucrative days; reads curated.daily_revenue, which daily_revenue writes. */
  @Filter
  static boolean strong(DailyRevenue r) {
    return r.orders() >= 20 && r.revenue().compareTo(BigDecimal.valueOf(2000)) > 0;
  }

  /** The report's columns. */
  @Select(from = "strong")
  TopMarket report;

  /** Highest revenue first. */
  @Sort(from = "report", by = {"revenue desc", "day", "country"})
  @Sink
  TopMarket ranked;
}
