package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;
import dev.joinery.annotations.Table;

/** TPC-H Q21, the suppliers who kept orders waiting query. */
@Job(name = "tpch_q21")
final class Q21Job {

  @Filter
  static boolean saudiArabia(Nation n) {
    return "SAUDI ARABIA".equals(n.name());
  }

  @Join(left = "tpch.supplier", right = "saudiArabia", on = "nationKey", type = JoinType.SEMI)
  Supplier saudiSuppliers;

  @Filter
  static boolean late(LineItem l) {
    return l.receiptDate().isAfter(l.commitDate());
  }

  @Filter
  static boolean finished(Orders o) {
    return "F".equals(o.orderStatus());
  }

  @Join(left = "late", right = "finished", on = "orderKey", type = JoinType.SEMI)
  LineItem lateOfFinished;

  @Join(left = "lateOfFinished", right = "saudiSuppliers", on = "suppKey", type = JoinType.SEMI)
  LineItem saudiLate;

  /** Late lines of orders that other suppliers also delivered to... */
  @Join(left = "saudiLate", right = "tpch.lineitem", on = "orderKey", where = "otherSupplier", type = JoinType.SEMI)
  LineItem shared;

  /** ...all of them on time. */
  @Join(left = "shared", right = "late", on = "orderKey", where = "otherSupplier", type = JoinType.ANTI)
  LineItem onlyLate;

  static boolean otherSupplier(LineItem line, LineItem other) {
    return line.suppKey() != other.suppKey();
  }

  @Join(left = "onlyLate", right = "tpch.supplier", on = "suppKey")
  Waiting waiting;

  record Waiting(String name) {}

  @Aggregate(from = "waiting", groupBy = "name")
  Q21Row counted;

  @Sort(from = "counted", by = {"numWait desc", "name"}, limit = 100)
  @Sink
  Q21Row q21;

  @Table(name = "tpch.q21", location = "out/joinery/q21")
  record Q21Row(String name, @Count long numWait) {}
}
