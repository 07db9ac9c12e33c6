package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Avg;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** TPC-H Q17, the small-quantity-order revenue query. */
@Job(name = "tpch_q17")
final class Q17Job {
  static final BigDecimal FIFTH = new BigDecimal("0.2");
  static final BigDecimal YEARS = new BigDecimal("7.0");

  @Filter
  static boolean mediumBoxOfBrand23(Part p) {
    return "Brand#23".equals(p.brand()) && "MED BOX".equals(p.container());
  }

  @Join(left = "tpch.lineitem", right = "mediumBoxOfBrand23", on = "partKey", type = JoinType.SEMI)
  LineItem lines;

  @Aggregate(from = "lines", groupBy = "partKey")
  AverageQuantity averages;

  record AverageQuantity(long partKey, @Avg("quantity") @Decimal(precision = 19, scale = 6) BigDecimal quantity) {}

  /** Lines of less than a fifth of their part's average quantity. */
  @Join(left = "lines", right = "averages", on = "partKey", where = "small")
  SmallLine smallLines;

  static boolean small(LineItem l, AverageQuantity a) {
    return l.quantity().compareTo(FIFTH.multiply(a.quantity())) < 0;
  }

  record SmallLine(@Decimal(precision = 15, scale = 2) BigDecimal extendedPrice) {}

  @Aggregate(from = "smallLines")
  Total total;

  record Total(@Sum("extendedPrice") @Decimal(precision = 25, scale = 2) BigDecimal extendedPrice) {}

  /** The average yearly revenue lost, over the seven years of data; null when no line is small. */
  @Map
  @Sink
  static Q17Row yearly(Total t) {
    return new Q17Row(t.extendedPrice() == null ? null : t.extendedPrice().divide(YEARS, 6, RoundingMode.HALF_UP));
  }

  @Table(name = "tpch.q17", location = "out/joinery/q17")
  record Q17Row(@Decimal(precision = 25, scale = 6) BigDecimal avgYearly) {}
}
