package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;
import dev.joinery.samples.shop.Order;

/** A job that fails while {@link FlakyState#FAILING} is set, as a job that meets a passing outage. */
@Job(name = "test_flaky")
final class FlakyJob {
  @Filter
  static boolean whileUp(Order o) {
    if (FlakyState.FAILING.getAndSet(false)) {
      throw new IllegalStateException("the outage");
    }
    return true;
  }

  @Aggregate(from = "whileUp", groupBy = "customerId")
  @Sink
  FlakyCount counts;
}
