package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.CountDistinct;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Table;
import java.util.Set;

/** TPC-H Q16, the parts/supplier relationship query. */
@Job(name = "tpch_q16")
final class Q16Job {
  static final Set<Integer> SIZES = Set.of(49, 14, 23, 45, 19, 3, 36, 9);

  @Filter
  static boolean complainedAbout(Supplier s) {
    return s.comment().matches(".*Customer.*Complaints.*");
  }

  @Join(left = "tpch.partsupp", right = "complainedAbout", on = "suppKey", type = JoinType.ANTI)
  PartSupp offers;

  @Filter
  static boolean wanted(Part p) {
    return !"Brand#45".equals(p.brand()) && !p.type().startsWith("MEDIUM POLISHED") && SIZES.contains(p.size());
  }

  @Join(left = "offers", right = "wanted", on = "partKey")
  Offer wantedOffers;

  record Offer(String brand, String type, int size, long suppKey) {}

  @Aggregate(from = "wantedOffers", groupBy = {"brand", "type", "size"})
  Q16Row counted;

  @Sort(from = "counted", by = {"supplierCount desc", "brand", "type", "size"})
  @Sink
  Q16Row q16;

  @Table(name = "tpch.q16", location = "out/joinery/q16")
  record Q16Row(String brand, String type, int size, @CountDistinct("suppKey") long supplierCount) {}
}
