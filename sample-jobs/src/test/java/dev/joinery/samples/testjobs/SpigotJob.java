package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Spigot;
import dev.joinery.samples.shop.Order;

/** Paid orders per customer, with a sample of the paid orders kept on every run. */
@Job(name = "test_spigot")
final class SpigotJob {
  @Filter
  @Spigot(rows = 3)
  static boolean paid(Order o) {
    return "PAID".equals(o.status());
  }

  @Aggregate(from = "paid", groupBy = "customerId")
  @Sink
  PaidCount counts;
}
