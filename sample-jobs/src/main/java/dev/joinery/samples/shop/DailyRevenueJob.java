package dev.joinery.samples.shop;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Deduplicate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Workflow;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Revenue per country and day, from paid orders only. */
@Job(name = "daily_revenue", schedule = "0 2 * * *")
@Workflow("nightly")
final class DailyRevenueJob {

  /** Orders that were paid and say how many items at what price. */
  @Filter
  static boolean paid(Order o) {
    return "PAID".equals(o.status()) && o.price() != null && o.quantity() != null;
  }

  /** Each customer once: the CRM export repeats some, which would count their orders twice. */
  @Deduplicate(from = "raw.customers", keys = "id")
  Customer customers;

  /** One line per paid order: its value and the buyer's country. */
  @Join(on = "customerId = id")
  static Line line(@From("paid") Order o, @From("customers") Customer c) {
    String country = c.country() == null ? "unknown" : c.country();
    return new Line(o.orderDate(), country, o.customerId(), o.price().multiply(BigDecimal.valueOf(o.quantity())));
  }

  record Line(LocalDate day, String country, long customerId, @Decimal(precision = 18, scale = 2) BigDecimal amount) {}

  /** Revenue per day and country, written to curated.daily_revenue. */
  @Aggregate(from = "line", groupBy = {"day", "country"})
  @Sink
  DailyRevenue revenue;
}
