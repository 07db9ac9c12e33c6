package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies test.ruled_orders, whose rules apply as it is read. */
@Job(name = "test_ruled_orders")
final class RuledOrdersJob {
  @Select(from = "test.ruled_orders")
  @Sink
  RuledOrderCopy copy;
}
