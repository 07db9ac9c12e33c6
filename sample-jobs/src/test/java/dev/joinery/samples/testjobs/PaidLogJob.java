package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.WriteMode;
import dev.joinery.samples.shop.Order;

/** Appends every paid order, each run, to an Iceberg table and to a Parquet file table. */
@Job(name = "test_paid_log")
final class PaidLogJob {
  @Filter
  static boolean paid(@From("raw.orders") Order o) {
    return "PAID".equals(o.status());
  }

  @Select(from = "paid")
  @Sink(mode = WriteMode.APPEND)
  PaidLogEntry log;

  @Select(from = "paid")
  @Sink(mode = WriteMode.APPEND)
  PaidFileEntry files;
}
