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

/** TPC-H Q18, the large volume customer query. */
@Job(name = "tpch_q18")
final class Q18Job {
  static final BigDecimal LARGE = new BigDecimal("300");

  @Aggregate(from = "tpch.lineitem", groupBy = "orderKey")
  OrderQuantity quantities;

  record OrderQuantity(long orderKey, @Sum("quantity") @Decimal(precision = 25, scale = 2) BigDecimal quantity) {}

  @Filter
  static boolean large(OrderQuantity q) {
    return q.quantity().compareTo(LARGE) > 0;
  }

  @Join(left = "tpch.orders", right = "large", on = "orderKey")
  LargeOrder largeOrders;

  record LargeOrder(long orderKey, long custKey, LocalDate orderDate,
      @Decimal(precision = 15, scale = 2) BigDecimal totalPrice,
      @Decimal(precision = 25, scale = 2) BigDecimal quantity) {}

  @Join(left = "largeOrders", right = "tpch.customer", on = "custKey")
  Q18Row described;

  @Sort(from = "described", by = {"totalPrice desc", "orderDate"}, limit = 100)
  @Sink
  Q18Row q18;

  @Table(name = "tpch.q18", location = "out/joinery/q18")
  record Q18Row(String name, long custKey, long orderKey, LocalDate orderDate,
      @Decimal(precision = 15, scale = 2) BigDecimal totalPrice,
      @Decimal(precision = 25, scale = 2) BigDecimal quantity) {}
}
