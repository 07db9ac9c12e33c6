package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Avg;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.util.Set;

/** TPC-H Q22, the global sales opportunity query. */
@Job(name = "tpch_q22")
final class Q22Job {
  static final Set<String> COUNTRY_CODES = Set.of("13", "31", "23", "29", "30", "18", "17");

  @Filter
  static boolean inCountries(Customer c) {
    return COUNTRY_CODES.contains(c.phone().substring(0, 2));
  }

  @Filter
  static boolean positive(Customer c) {
    return COUNTRY_CODES.contains(c.phone().substring(0, 2)) && c.acctBal().compareTo(BigDecimal.ZERO) > 0;
  }

  @Aggregate(from = "positive")
  Average average;

  record Average(@Avg("acctBal") @Decimal(precision = 19, scale = 6) BigDecimal acctBal) {}

  /** Customers with more than the average positive balance of those countries... */
  @Join(left = "inCountries", right = "average", type = JoinType.CROSS, where = "aboveAverage",
      rename = "acctBal = left.acctBal")
  Prospect prospects;

  record Prospect(long custKey, String phone, @Decimal(precision = 15, scale = 2) BigDecimal acctBal) {}

  static boolean aboveAverage(Customer c, Average a) {
    return c.acctBal().compareTo(a.acctBal()) > 0;
  }

  /** ...who have never ordered. */
  @Join(left = "prospects", right = "tpch.orders", on = "custKey", type = JoinType.ANTI)
  Prospect idle;

  @Map
  static CountryBalance country(@From("idle") Prospect p) {
    return new CountryBalance(p.phone().substring(0, 2), p.acctBal());
  }

  record CountryBalance(String countryCode, @Decimal(precision = 15, scale = 2) BigDecimal acctBal) {}

  @Aggregate(from = "country", groupBy = "countryCode")
  Q22Row counted;

  @Sort(from = "counted", by = "countryCode")
  @Sink
  Q22Row q22;

  @Table(name = "tpch.q22", location = "out/joinery/q22")
  record Q22Row(String countryCode, @Count long numCust,
      @Sum("acctBal") @Decimal(precision = 25, scale = 2) BigDecimal totAcctBal) {}
}
