package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q5, the local supplier volume query. */
@Job(name = "tpch_q5")
final class Q5Job {
  static final LocalDate START = LocalDate.of(1994, 1, 1);

  @Filter
  static boolean asia(Region r) {
    return "ASIA".equals(r.name());
  }

  @Join(left = "tpch.nation", right = "asia", on = "regionKey", type = JoinType.SEMI)
  Nation asianNations;

  @Join(left = "tpch.supplier", right = "asianNations", on = "nationKey", rename = "nationName = right.name")
  LocalSupplier suppliers;

  record LocalSupplier(long suppKey, long nationKey, String nationName) {}

  @Filter
  static boolean in1994(Orders o) {
    return !o.orderDate().isBefore(START) && o.orderDate().isBefore(START.plusYears(1));
  }

  /** Each order of 1994 with its customer's nation. */
  @Join(left = "in1994", right = "tpch.customer", on = "custKey")
  CustomerOrder customerOrders;

  record CustomerOrder(long orderKey, long nationKey) {}

  @Join(left = "tpch.lineitem", right = "customerOrders", on = "orderKey")
  Sale sales;

  record Sale(long suppKey, long nationKey, @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  /** Sales by a supplier of the customer's own nation. */
  @Join(left = "sales", right = "suppliers", on = "suppKey, nationKey")
  LocalSale localSales;

  record LocalSale(String nationName, @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  static BigDecimal volume(LocalSale s) {
    return s.extendedPrice().multiply(BigDecimal.ONE.subtract(s.discount()));
  }

  @Aggregate(from = "localSales", groupBy = "nationName")
  Q5Row revenue;

  @Sort(from = "revenue", by = "revenue desc")
  @Sink
  Q5Row q5;

  @Table(name = "tpch.q5", location = "out/joinery/q5")
  record Q5Row(String nationName, @Sum("volume") @Decimal(precision = 38, scale = 4) BigDecimal revenue) {}
}
