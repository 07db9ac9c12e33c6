package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H Q20, the potential part promotion query. */
@Job(name = "tpch_q20")
final class Q20Job {
  static final LocalDate START = LocalDate.of(1994, 1, 1);
  static final BigDecimal HALF = new BigDecimal("0.5");

  @Filter
  static boolean forest(Part p) {
    return p.name().startsWith("forest");
  }

  @Filter
  static boolean shippedIn1994(LineItem l) {
    return !l.shipDate().isBefore(START) && l.shipDate().isBefore(START.plusYears(1));
  }

  @Aggregate(from = "shippedIn1994", groupBy = {"partKey", "suppKey"})
  Shipped shipped;

  record Shipped(long partKey, long suppKey, @Sum("quantity") @Decimal(precision = 25, scale = 2) BigDecimal quantity) {}

  @Join(left = "tpch.partsupp", right = "forest", on = "partKey", type = JoinType.SEMI)
  PartSupp forestStock;

  /** Stock of more than half of what was shipped of it in 1994. */
  @Join(left = "forestStock", right = "shipped", on = "partKey, suppKey", where = "excess", type = JoinType.SEMI)
  PartSupp excessStock;

  static boolean excess(PartSupp stock, Shipped shipped) {
    return BigDecimal.valueOf(stock.availQty()).compareTo(HALF.multiply(shipped.quantity())) > 0;
  }

  @Filter
  static boolean canada(Nation n) {
    return "CANADA".equals(n.name());
  }

  @Join(left = "tpch.supplier", right = "canada", on = "nationKey", type = JoinType.SEMI)
  Supplier canadian;

  @Join(left = "canadian", right = "excessStock", on = "suppKey", type = JoinType.SEMI)
  Supplier chosen;

  @Select(from = "chosen")
  Q20Row described;

  @Sort(from = "described", by = "name")
  @Sink
  Q20Row q20;

  @Table(name = "tpch.q20", location = "out/joinery/q20")
  record Q20Row(String name, String address) {}
}
