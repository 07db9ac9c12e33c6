package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q10, the returned item reporting query. */
@Job(name = "tpch_q10")
final class Q10Job {
  static final LocalDate START = LocalDate.of(1993, 10, 1);

  @Filter
  static boolean inQuarter(Orders o) {
    return !o.orderDate().isBefore(START) && o.orderDate().isBefore(START.plusMonths(3));
  }

  @Filter
  static boolean returned(LineItem l) {
    return "R".equals(l.returnFlag());
  }

  @Join(left = "returned", right = "inQuarter", on = "orderKey")
  ReturnedLine lines;

  record ReturnedLine(long custKey, @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  static BigDecimal volume(ReturnedLine l) {
    return l.extendedPrice().multiply(BigDecimal.ONE.subtract(l.discount()));
  }

  /** What each customer's returns cost. */
  @Aggregate(from = "lines", groupBy = "custKey")
  Lost lost;

  record Lost(long custKey, @Sum("volume") @Decimal(precision = 38, scale = 4) BigDecimal revenue) {}

  @Join(left = "tpch.customer", right = "tpch.nation", on = "nationKey",
      rename = {"name = left.name", "comment = left.comment", "nationName = right.name"})
  CustomerNation customers;

  record CustomerNation(long custKey, String name, @Decimal(precision = 15, scale = 2) BigDecimal acctBal,
      String nationName, String address, String phone, String comment) {}

  @Join(left = "lost", right = "customers", on = "custKey")
  Q10Row described;

  @Sort(from = "described", by = "revenue desc", limit = 20)
  @Sink
  Q10Row q10;

  @Table(name = "tpch.q10", location = "out/joinery/q10")
  record Q10Row(long custKey, String name, @Decimal(precision = 38, scale = 4) BigDecimal revenue,
      @Decimal(precision = 15, scale = 2) BigDecimal acctBal, String nationName, String address, String phone,
      String comment) {}
}
