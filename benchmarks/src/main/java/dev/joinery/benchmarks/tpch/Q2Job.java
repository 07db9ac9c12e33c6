package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Min;
import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H Q2, the minimum cost supplier query. */
@Job(name = "tpch_q2")
final class Q2Job {

  @Filter
  static boolean europe(Region r) {
    return "EUROPE".equals(r.name());
  }

  @Join(left = "tpch.nation", right = "europe", on = "regionKey", type = JoinType.SEMI)
  Nation europeanNations;

  /** European suppliers with their nation's name. */
  @Join(left = "tpch.supplier", right = "europeanNations", on = "nationKey",
      rename = {"name = left.name", "comment = left.comment", "nationName = right.name"})
  EuropeanSupplier europeanSuppliers;

  record EuropeanSupplier(long suppKey, String name, String address, String phone,
      @Decimal(precision = 15, scale = 2) BigDecimal acctBal, String comment, String nationName) {}

  /** What each European supplier asks for each part. */
  @Join(left = "tpch.partsupp", right = "europeanSuppliers", on = "suppKey", rename = "comment = right.comment")
  Offer offers;

  record Offer(long partKey, long suppKey, @Decimal(precision = 15, scale = 2) BigDecimal supplyCost, String name,
      String address, String phone, @Decimal(precision = 15, scale = 2) BigDecimal acctBal, String comment,
      String nationName) {}

  @Aggregate(from = "offers", groupBy = "partKey")
  Cheapest cheapest;

  record Cheapest(long partKey, @Min("supplyCost") @Decimal(precision = 15, scale = 2) BigDecimal supplyCost) {}

  @Join(left = "offers", right = "cheapest", on = "partKey, supplyCost", type = JoinType.SEMI)
  Offer cheapestOffers;

  @Filter
  static boolean brassOfSize15(Part p) {
    return p.size() == 15 && p.type().endsWith("BRASS");
  }

  @Join(left = "cheapestOffers", right = "brassOfSize15", on = "partKey",
      rename = {"name = left.name", "comment = left.comment"})
  Q2Row candidates;

  @Sort(from = "candidates", by = {"acctBal desc", "nationName", "name", "partKey"}, limit = 100)
  @Sink
  Q2Row q2;

  @Table(name = "tpch.q2", location = "out/joinery/q2")
  record Q2Row(@Decimal(precision = 15, scale = 2) BigDecimal acctBal, String name, String nationName, long partKey,
      String mfgr, String address, String phone, String comment) {}
}
