package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Totals per status, over a table that must be clean. */
@Job(name = "test_status_totals")
final class StatusTotalsJob {
  @Aggregate(from = "test.strict_orders", groupBy = "status")
  @Sink
  StatusTotal totals;
}
