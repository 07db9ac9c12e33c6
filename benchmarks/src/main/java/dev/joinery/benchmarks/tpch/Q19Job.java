package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H Q19, the discounted revenue query. */
@Job(name = "tpch_q19")
final class Q19Job {

  /** Air shipments delivered in person of one of three brand, container, size and quantity ranges. */
  @Join(left = "tpch.lineitem", right = "tpch.part", on = "partKey", where = "qualifies")
  Sale sales;

  static boolean qualifies(LineItem l, Part p) {
    BigDecimal quantity = l.quantity();
    boolean byAirInPerson = ("AIR".equals(l.shipMode()) || "AIR REG".equals(l.shipMode()))
        && "DELIVER IN PERSON".equals(l.shipInstruct());
    String container = p.container();
    boolean small = "Brand#12".equals(p.brand())
        && ("SM CASE".equals(container) || "SM BOX".equals(container) || "SM PACK".equals(container)
            || "SM PKG".equals(container))
        && quantity.compareTo(BigDecimal.valueOf(1)) >= 0
        && quantity.compareTo(BigDecimal.valueOf(11)) <= 0 && p.size() >= 1 && p.size() <= 5;
    boolean medium = "Brand#23".equals(p.brand())
        && ("MED BAG".equals(container) || "MED BOX".equals(container) || "MED PKG".equals(container)
            || "MED PACK".equals(container))
        && quantity.compareTo(BigDecimal.valueOf(10)) >= 0
        && quantity.compareTo(BigDecimal.valueOf(20)) <= 0 && p.size() >= 1 && p.size() <= 10;
    boolean large = "Brand#34".equals(p.brand())
        && ("LG CASE".equals(container) || "LG BOX".equals(container) || "LG PACK".equals(container)
            || "LG PKG".equals(container))
        && quantity.compareTo(BigDecimal.valueOf(20)) >= 0
        && quantity.compareTo(BigDecimal.valueOf(30)) <= 0 && p.size() >= 1 && p.size() <= 15;
    return byAirInPerson && (small || medium || large);
  }

  record Sale(@Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  static BigDecimal volume(Sale s) {
    return s.extendedPrice().multiply(BigDecimal.ONE.subtract(s.discount()));
  }

  @Aggregate(from = "sales")
  @Sink
  Q19Row q19;

  @Table(name = "tpch.q19", location = "out/joinery/q19")
  record Q19Row(@Sum("volume") @Decimal(precision = 38, scale = 4) BigDecimal revenue) {}
}
