package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q3, the shipping priority query. */
@Job(name = "tpch_q3")
final class Q3Job {

  /** Customers in the BUILDING segment. */
  @Filter
  static boolean building(Customer c) {
    return "BUILDING".equals(c.mktSegment());
  }

  /** Orders placed before 1995-03-15. */
  @Filter
  static boolean early(Orders o) {
    return o.orderDate().compareTo(LocalDate.of(1995, 3, 15)) < 0;
  }

  /** Those placed by BUILDING customers. */
  @Join(left = "early", right = "building", on = "custKey", type = JoinType.SEMI)
  Orders buildingOrders;

  /** Lines shipped after 1995-03-15. */
  @Filter
  static boolean late(LineItem l) {
    return l.shipDate().compareTo(LocalDate.of(1995, 3, 15)) > 0;
  }

  /** Each late line of such an order, with its discounted price. */
  @Join(on = "orderKey")
  static Volume volume(@From("late") LineItem l, @From("buildingOrders") Orders o) {
    return new Volume(l.orderKey(), o.orderDate(), o.shipPriority(),
        l.extendedPrice().multiply(BigDecimal.ONE.subtract(l.discount())));
  }

  record Volume(long orderKey, LocalDate orderDate, int shipPriority,
      @Decimal(precision = 31, scale = 4) BigDecimal amount) {}

  @Aggregate(from = "volume", groupBy = {"orderKey", "orderDate", "shipPriority"})
  Q3Row revenue;

  @Sort(from = "revenue", by = {"revenue desc", "orderDate"}, limit = 10)
  @Sink
  Q3Row q3;

  @Table(name = "tpch.q3", location = "out/joinery/q3")
  record Q3Row(long orderKey, @Sum("amount") @Decimal(precision = 38, scale = 4) BigDecimal revenue,
      LocalDate orderDate, int shipPriority) {}
}
