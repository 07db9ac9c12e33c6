package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Totals per status over the orders without rules. */
@Job(name = "test_measured_totals")
final class MeasuredTotalsJob {
  @Aggregate(from = "test.measured_orders", groupBy = "status")
  @Sink
  MeasuredTotal totals;
}
