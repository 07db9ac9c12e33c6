package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Table;

/** TPC-H Q13, the customer distribution query. */
@Job(name = "tpch_q13")
final class Q13Job {

  @Filter
  static boolean ordinary(Orders o) {
    return !o.comment().matches(".*special.*requests.*");
  }

  /** Every customer, with each of its ordinary orders, or once with none. */
  @Join(left = "tpch.customer", right = "ordinary", on = "custKey", type = JoinType.LEFT)
  CustomerOrder customerOrders;

  record CustomerOrder(long custKey, Long orderKey) {}

  @Aggregate(from = "customerOrders", groupBy = "custKey")
  OrderCount orderCounts;

  record OrderCount(long custKey, @Count("orderKey") long orders) {}

  @Aggregate(from = "orderCounts", groupBy = "orders")
  Q13Row distribution;

  @Sort(from = "distribution", by = {"customers desc", "orders desc"})
  @Sink
  Q13Row q13;

  @Table(name = "tpch.q13", location = "out/joinery/q13")
  record Q13Row(long orders, @Count long customers) {}
}
