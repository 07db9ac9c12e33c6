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

/** TPC-H Q11, the important stock identification query. */
@Job(name = "tpch_q11")
final class Q11Job {
  static final BigDecimal FRACTION = new BigDecimal("0.0001");

  @Filter
  static boolean germany(Nation n) {
    return "GERMANY".equals(n.name());
  }

  @Join(left = "tpch.supplier", right = "germany", on = "nationKey", type = JoinType.SEMI)
  Supplier germanSuppliers;

  @Join(left = "tpch.partsupp", right = "germanSuppliers", on = "suppKey", type = JoinType.SEMI)
  PartSupp germanStock;

  static BigDecimal value(PartSupp ps) {
    return ps.supplyCost().multiply(BigDecimal.valueOf(ps.availQty()));
  }

  @Aggregate(from = "germanStock", groupBy = "partKey")
  Q11Row perPart;

  @Aggregate(from = "germanStock")
  Total total;

  record Total(@Sum("value") @Decimal(precision = 38, scale = 2) BigDecimal value) {}

  /** Parts worth more than a ten-thousandth of the whole German stock. */
  @Join(left = "perPart", right = "total", type = JoinType.CROSS, where = "significant", rename = "value = left.value")
  Q11Row significantParts;

  static boolean significant(Q11Row part, Total total) {
    return part.value().compareTo(total.value().multiply(FRACTION)) > 0;
  }

  @Sort(from = "significantParts", by = "value desc")
  @Sink
  Q11Row q11;

  @Table(name = "tpch.q11", location = "out/joinery/q11")
  record Q11Row(long partKey, @Sum("value") @Decimal(precision = 38, scale = 2) BigDecimal value) {}
}
