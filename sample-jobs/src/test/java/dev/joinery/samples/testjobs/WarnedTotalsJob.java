package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Totals per status over the same orders, with rules that only count. */
@Job(name = "test_warned_totals")
final class WarnedTotalsJob {
  @Aggregate(from = "test.warned_orders", groupBy = "status")
  @Sink
  WarnedTotal totals;
}
