package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Avg;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q1, the pricing summary report. */
@Job(name = "tpch_q1")
final class Q1Job {

  /** Lines shipped up to 90 days before 1998-12-01. */
  @Filter
  static boolean shipped(LineItem l) {
    return l.shipDate().compareTo(LocalDate.of(1998, 9, 2)) <= 0;
  }

  /** Each line's discounted price and charge. */
  @Map
  static Charged charged(@From("shipped") LineItem l) {
    BigDecimal discounted = l.extendedPrice().multiply(BigDecimal.ONE.subtract(l.discount()));
    return new Charged(l.returnFlag(), l.lineStatus(), l.quantity(), l.extendedPrice(), discounted,
        discounted.multiply(BigDecimal.ONE.add(l.tax())), l.discount());
  }

  record Charged(String returnFlag, String lineStatus,
      @Decimal(precision = 15, scale = 2) BigDecimal quantity,
      @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 31, scale = 4) BigDecimal discPrice,
      @Decimal(precision = 38, scale = 6) BigDecimal charge,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  @Aggregate(from = "charged", groupBy = {"returnFlag", "lineStatus"})
  Q1Row summary;

  @Sort(from = "summary", by = {"returnFlag", "lineStatus"})
  @Sink
  Q1Row q1;

  @Table(name = "tpch.q1", location = "out/joinery/q1")
  record Q1Row(String returnFlag, String lineStatus,
      @Sum("quantity") @Decimal(precision = 25, scale = 2) BigDecimal sumQty,
      @Sum("extendedPrice") @Decimal(precision = 25, scale = 2) BigDecimal sumBasePrice,
      @Sum("discPrice") @Decimal(precision = 38, scale = 4) BigDecimal sumDiscPrice,
      @Sum("charge") @Decimal(precision = 38, scale = 6) BigDecimal sumCharge,
      @Avg("quantity") @Decimal(precision = 19, scale = 6) BigDecimal avgQty,
      @Avg("extendedPrice") @Decimal(precision = 19, scale = 6) BigDecimal avgPrice,
      @Avg("discount") @Decimal(precision = 19, scale = 6) BigDecimal avgDisc,
      @Count long countOrder) {}
}
