package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Max;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q15, the top supplier query. */
@Job(name = "tpch_q15")
final class Q15Job {
  static final LocalDate START = LocalDate.of(1996, 1, 1);

  @Filter
  static boolean shippedInQuarter(LineItem l) {
    return !l.shipDate().isBefore(START) && l.shipDate().isBefore(START.plusMonths(3));
  }

  static BigDecimal volume(LineItem l) {
    return l.extendedPrice().multiply(BigDecimal.ONE.subtract(l.discount()));
  }

  @Aggregate(from = "shippedInQuarter", groupBy = "suppKey")
  SupplierRevenue revenue;

  record SupplierRevenue(long suppKey, @Sum("volume") @Decimal(precision = 38, scale = 4) BigDecimal totalRevenue) {}

  @Aggregate(from = "revenue")
  Top top;

  record Top(@Max("totalRevenue") @Decimal(precision = 38, scale = 4) BigDecimal totalRevenue) {}

  /** The suppliers with the highest revenue. */
  @Join(left = "revenue", right = "top", on = "totalRevenue", type = JoinType.SEMI)
  SupplierRevenue best;

  @Join(left = "tpch.supplier", right = "best", on = "suppKey")
  Q15Row described;

  @Sort(from = "described", by = "suppKey")
  @Sink
  Q15Row q15;

  @Table(name = "tpch.q15", location = "out/joinery/q15")
  record Q15Row(long suppKey, String name, String address, String phone,
      @Decimal(precision = 38, scale = 4) BigDecimal totalRevenue) {}
}
