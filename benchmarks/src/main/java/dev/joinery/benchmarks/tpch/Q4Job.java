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
import java.time.LocalDate;

/** TPC-H Q4, the order priority checking query. */
@Job(name = "tpch_q4")
final class Q4Job {
  static final LocalDate START = LocalDate.of(1993, 7, 1);

  @Filter
  static boolean inQuarter(Orders o) {
    return !o.orderDate().isBefore(START) && o.orderDate().isBefore(START.plusMonths(3));
  }

  @Filter
  static boolean receivedLate(LineItem l) {
    return l.commitDate().isBefore(l.receiptDate());
  }

  /** Orders of the quarter with at least one line received after its commit date. */
  @Join(left = "inQuarter", right = "receivedLate", on = "orderKey", type = JoinType.SEMI)
  Orders lateOrders;

  @Aggregate(from = "lateOrders", groupBy = "orderPriority")
  Q4Row counted;

  @Sort(from = "counted", by = "orderPriority")
  @Sink
  Q4Row q4;

  @Table(name = "tpch.q4", location = "out/joinery/q4")
  record Q4Row(String orderPriority, @Count long orderCount) {}
}
