package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q6, the forecasting revenue change report. */
@Job(name = "tpch_q6")
final class Q6Job {

  /** 1994 lines with a 5-7% discount and fewer than 24 items. */
  @Filter
  static boolean discounted(LineItem l) {
    return l.shipDate().compareTo(LocalDate.of(1994, 1, 1)) >= 0
        && l.shipDate().compareTo(LocalDate.of(1995, 1, 1)) < 0
        && l.discount().compareTo(new BigDecimal("0.05")) >= 0
        && l.discount().compareTo(new BigDecimal("0.07")) <= 0
        && l.quantity().compareTo(new BigDecimal("24")) < 0;
  }

  /** What the discount cost on each line. */
  @Map
  static Gain gain(@From("discounted") LineItem l) {
    return new Gain(l.extendedPrice().multiply(l.discount()));
  }

  record Gain(@Decimal(precision = 31, scale = 4) BigDecimal amount) {}

  @Aggregate(from = "gain")
  @Sink
  Q6Row q6;

  @Table(name = "tpch.q6", location = "out/joinery/q6")
  record Q6Row(@Sum("amount") @Decimal(precision = 38, scale = 4) BigDecimal revenue) {}
}
