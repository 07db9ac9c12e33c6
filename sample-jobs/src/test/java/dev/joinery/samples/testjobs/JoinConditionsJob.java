package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Avg;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;

/** A left join with a condition, aggregates of a computed value over chosen rows, and a cross join with an average. */
@Job(name = "test_join_conditions")
final class JoinConditionsJob {

  /** Every customer with each of its orders of 10 or more, or alone. */
  @Join(left = "test.ruled_customers", right = "test.join_orders", on = "id = customerId", type = JoinType.LEFT,
      where = "large")
  CustomerOrder customerOrders;

  static boolean large(RuledCustomer c, JoinOrder o) {
    return o.amount() != null && o.amount() >= 10;
  }

  record CustomerOrder(long id, String name, Long orderId, Integer amount) {}

  static Integer doubled(CustomerOrder o) {
    return o.amount() == null ? null : o.amount() * 2;
  }

  static boolean big(CustomerOrder o) {
    return o.amount() != null && o.amount() >= 20;
  }

  @Aggregate(from = "customerOrders", groupBy = {"id", "name"})
  @Sink
  CustomerTotal totals;

  @Table(name = "test.customer_totals", location = "out/customer_totals", format = Format.PARQUET)
  record CustomerTotal(long id, String name, @Count("orderId") long largeOrders,
      @Sum(value = "doubled", when = "big") Long doubledBig) {}

  @Aggregate(from = "test.join_orders")
  Average average;

  record Average(@Avg("amount") Double amount) {}

  /** Orders above the average amount. */
  @Join(left = "test.join_orders", right = "average", type = JoinType.CROSS, where = "aboveAverage",
      rename = "amount = left.amount")
  @Sink
  AboveAverage aboveAverage;

  static boolean aboveAverage(JoinOrder o, Average a) {
    return o.amount() != null && a.amount() != null && o.amount() > a.amount();
  }

  @Table(name = "test.above_average", location = "out/above_average", format = Format.PARQUET)
  record AboveAverage(long orderId, Integer amount) {}
}
