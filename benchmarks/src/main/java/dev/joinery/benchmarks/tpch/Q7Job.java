package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q7, the volume shipping query. */
@Job(name = "tpch_q7")
final class Q7Job {

  @Filter
  static boolean franceOrGermany(Nation n) {
    return "FRANCE".equals(n.name()) || "GERMANY".equals(n.name());
  }

  @Join(left = "tpch.supplier", right = "franceOrGermany", on = "nationKey", rename = "suppNation = right.name")
  SupplierNation suppliers;

  record SupplierNation(long suppKey, String suppNation) {}

  @Join(left = "tpch.customer", right = "franceOrGermany", on = "nationKey", rename = "custNation = right.name")
  CustomerNation customers;

  record CustomerNation(long custKey, String custNation) {}

  @Join(left = "tpch.orders", right = "customers", on = "custKey")
  OrderNation orders;

  record OrderNation(long orderKey, String custNation) {}

  @Filter
  static boolean shippedIn1995Or1996(LineItem l) {
    return !l.shipDate().isBefore(LocalDate.of(1995, 1, 1)) && !l.shipDate().isAfter(LocalDate.of(1996, 12, 31));
  }

  @Join(left = "shippedIn1995Or1996", right = "suppliers", on = "suppKey")
  ShippedLine lines;

  record ShippedLine(long orderKey, String suppNation, LocalDate shipDate,
      @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  /** Lines shipped from one of the two nations to the other. */
  @Join(left = "lines", right = "orders", on = "orderKey", where = "crossesTheBorder")
  Shipping shipping;

  static boolean crossesTheBorder(ShippedLine l, OrderNation o) {
    return !l.suppNation().equals(o.custNation());
  }

  record Shipping(String suppNation, String custNation, LocalDate shipDate,
      @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  @Map
  static Volume volume(Shipping s) {
    return new Volume(s.suppNation(), s.custNation(), s.shipDate().getYear(),
        s.extendedPrice().multiply(BigDecimal.ONE.subtract(s.discount())));
  }

  record Volume(String suppNation, String custNation, int year, @Decimal(precision = 31, scale = 4) BigDecimal volume) {}

  @Aggregate(from = "volume", groupBy = {"suppNation", "custNation", "year"})
  Q7Row revenue;

  @Sort(from = "revenue", by = {"suppNation", "custNation", "year"})
  @Sink
  Q7Row q7;

  @Table(name = "tpch.q7", location = "out/joinery/q7")
  record Q7Row(String suppNation, String custNation, int year,
      @Sum("volume") @Decimal(precision = 38, scale = 4) BigDecimal revenue) {}
}
