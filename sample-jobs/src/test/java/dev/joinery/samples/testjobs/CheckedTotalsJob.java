package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Totals per status over the same orders, with rules. */
@Job(name = "test_checked_totals")
final class CheckedTotalsJob {
  @Aggregate(from = "test.checked_orders", groupBy = "status")
  @Sink
  CheckedTotal totals;
}
