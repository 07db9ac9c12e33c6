package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** TPC-H Q14, the promotion effect query. */
@Job(name = "tpch_q14")
final class Q14Job {
  static final LocalDate START = LocalDate.of(1995, 9, 1);
  static final BigDecimal HUNDRED = new BigDecimal("100");

  @Filter
  static boolean shippedInSeptember(LineItem l) {
    return !l.shipDate().isBefore(START) && l.shipDate().isBefore(START.plusMonths(1));
  }

  @Join(left = "shippedInSeptember", right = "tpch.part", on = "partKey")
  Sale sales;

  record Sale(String type, @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount) {}

  static BigDecimal volume(Sale s) {
    return s.extendedPrice().multiply(BigDecimal.ONE.subtract(s.discount()));
  }

  static boolean promotion(Sale s) {
    return s.type().startsWith("PROMO");
  }

  @Aggregate(from = "sales")
  Totals totals;

  /** Fourteen digits before the point hold any month's revenue, and let the share be divided exactly in Spark. */
  record Totals(@Sum(value = "volume", when = "promotion") @Decimal(precision = 18, scale = 4) BigDecimal promotion,
      @Sum("volume") @Decimal(precision = 18, scale = 4) BigDecimal all) {}

  /** The promotions' share of the month's revenue, in percent. */
  @Map
  @Sink
  static Q14Row share(Totals t) {
    return new Q14Row(HUNDRED.multiply(t.promotion()).divide(t.all(), 13, RoundingMode.HALF_UP));
  }

  @Table(name = "tpch.q14", location = "out/joinery/q14")
  record Q14Row(@Decimal(precision = 16, scale = 13) BigDecimal promoRevenue) {}
}
