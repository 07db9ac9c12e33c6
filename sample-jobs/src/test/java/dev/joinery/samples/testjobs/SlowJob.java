package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;
import dev.joinery.samples.shop.Order;

/** A job whose filter sleeps on every row: minutes over the sample orders, for timeout tests. */
@Job(name = "test_slow")
final class SlowJob {
  @Filter
  static boolean slow(Order o) {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  @Aggregate(from = "slow", groupBy = "customerId")
  @Sink
  SlowCount counts;
}
