package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** TPC-H Q8, the national market share query. */
@Job(name = "tpch_q8")
final class Q8Job {

  @Filter
  static boolean america(Region r) {
    return "AMERICA".equals(r.name());
  }

  @Join(left = "tpch.nation", right = "america", on = "regionKey", type = JoinType.SEMI)
  Nation americanNations;

  @Join(left = "tpch.customer", right = "americanNations", on = "nationKey", type = JoinType.SEMI)
  Customer americanCustomers;

  @Filter
  static boolean orderedIn1995Or1996(Orders o) {
    return !o.orderDate().isBefore(LocalDate.of(1995, 1, 1)) && !o.orderDate().isAfter(LocalDate.of(1996, 12, 31));
  }

  @Join(left = "orderedIn1995Or1996", right = "americanCustomers", on = "custKey", type = JoinType.SEMI)
  Orders americanOrders;

  @Filter
  static boolean steel(Part p) {
    return "ECONOMY ANODIZED STEEL".equals(p.type());
  }

  @Join(left = "tpch.lineitem", right = "steel", on = "partKey", type = JoinType.SEMI)
  LineItem steelLines;

  @Join(left = "steelLines", right = "americanOrders", on = "orderKey")
  SteelSale sales;

  record SteelSale(long suppKey, LocalDate orderDate, @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  @Join(left = "tpch.supplier", right = "tpch.nation", on = "nationKey", rename = "nation = right.name")
  SupplierNation supplierNations;

  record SupplierNation(long suppKey, String nation) {}

  /** Each sale's value, by year and the supplier's nation. */
  @Join(on = "suppKey")
  static Volume volume(SteelSale s, SupplierNation n) {
    return new Volume(s.orderDate().getYear(), n.nation(), s.extendedPrice().multiply(BigDecimal.ONE.subtract(s.discount())));
  }

  record Volume(int year, String nation, @Decimal(precision = 31, scale = 4) BigDecimal volume) {}

  static boolean brazilian(Volume v) {
    return "BRAZIL".equals(v.nation());
  }

  @Aggregate(from = "volume", groupBy = "year")
  Shares shares;

  /** Sixteen digits before the point hold any year's volume, and let the share be divided exactly in Spark. */
  record Shares(int year, @Sum(value = "volume", when = "brazilian") @Decimal(precision = 20, scale = 4) BigDecimal brazil,
      @Sum("volume") @Decimal(precision = 20, scale = 4) BigDecimal total) {}

  /** Brazil's share of each year's volume. */
  @Map
  static Q8Row share(Shares s) {
    return new Q8Row(s.year(),
        s.brazil() == null ? BigDecimal.ZERO : s.brazil().divide(s.total(), 6, RoundingMode.HALF_UP));
  }

  @Sort(from = "share", by = "year")
  @Sink
  Q8Row q8;

  @Table(name = "tpch.q8", location = "out/joinery/q8")
  record Q8Row(int year, @Decimal(precision = 38, scale = 6) BigDecimal mktShare) {}
}
