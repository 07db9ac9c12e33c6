package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H Q9, the product type profit measure query. */
@Job(name = "tpch_q9")
final class Q9Job {

  @Filter
  static boolean green(Part p) {
    return p.name().contains("green");
  }

  @Join(left = "tpch.lineitem", right = "green", on = "partKey", type = JoinType.SEMI)
  LineItem greenLines;

  /** Each line with what its supplier paid for the part. */
  @Join(left = "greenLines", right = "tpch.partsupp", on = "partKey, suppKey")
  Costed costed;

  record Costed(long orderKey, long suppKey, @Decimal(precision = 15, scale = 2) BigDecimal quantity,
      @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount,
      @Decimal(precision = 15, scale = 2) BigDecimal supplyCost) {}

  @Join(left = "tpch.supplier", right = "tpch.nation", on = "nationKey", rename = "nation = right.name")
  SupplierNation supplierNations;

  record SupplierNation(long suppKey, String nation) {}

  @Join(left = "costed", right = "supplierNations", on = "suppKey")
  NationCost nationCosts;

  record NationCost(long orderKey, String nation, @Decimal(precision = 15, scale = 2) BigDecimal quantity,
      @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
      @Decimal(precision = 15, scale = 2) BigDecimal discount,
      @Decimal(precision = 15, scale = 2) BigDecimal supplyCost) {}

  /** The profit on each line, by the supplier's nation and the order's year. */
  @Join(on = "orderKey")
  static Profit profit(NationCost c, Orders o) {
    return new Profit(c.nation(), o.orderDate().getYear(),
        c.extendedPrice().multiply(BigDecimal.ONE.subtract(c.discount())).subtract(c.supplyCost().multiply(c.quantity())));
  }

  record Profit(String nation, int year, @Decimal(precision = 33, scale = 4) BigDecimal amount) {}

  @Aggregate(from = "profit", groupBy = {"nation", "year"})
  Q9Row profits;

  @Sort(from = "profits", by = {"nation", "year desc"})
  @Sink
  Q9Row q9;

  @Table(name = "tpch.q9", location = "out/joinery/q9")
  record Q9Row(String nation, int year, @Sum("amount") @Decimal(precision = 38, scale = 4) BigDecimal sumProfit) {}
}
