package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/** TPC-H Q12, the shipping modes and order priority query. */
@Job(name = "tpch_q12")
final class Q12Job {
  static final LocalDate START = LocalDate.of(1994, 1, 1);

  /** Mail and ship lines received in 1994, late though shipped on time. */
  @Filter
  static boolean mailOrShip(LineItem l) {
    return ("MAIL".equals(l.shipMode()) || "SHIP".equals(l.shipMode()))
        && l.commitDate().isBefore(l.receiptDate())
        && l.shipDate().isBefore(l.commitDate())
        && !l.receiptDate().isBefore(START) && l.receiptDate().isBefore(START.plusYears(1));
  }

  @Join(left = "mailOrShip", right = "tpch.orders", on = "orderKey")
  ShippedLine lines;

  record ShippedLine(String shipMode, String orderPriority) {}

  static boolean high(ShippedLine l) {
    return "1-URGENT".equals(l.orderPriority()) || "2-HIGH".equals(l.orderPriority());
  }

  static boolean low(ShippedLine l) {
    return !"1-URGENT".equals(l.orderPriority()) && !"2-HIGH".equals(l.orderPriority());
  }

  @Aggregate(from = "lines", groupBy = "shipMode")
  Q12Row counted;

  @Sort(from = "counted", by = "shipMode")
  @Sink
  Q12Row q12;

  @Table(name = "tpch.q12", location = "out/joinery/q12")
  record Q12Row(String shipMode, @Count(when = "high") long highLineCount, @Count(when = "low") long lowLineCount) {}
}
