package dev.joinery.samples.testjobs;

import dev.joinery.annotations.FillMissing;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Every kind of fill: a literal and each statistic. */
@Job(name = "test_fill_missing")
final class FillMissingJob {
  @FillMissing(from = "test.gappy_orders", values = {
      "country = 'unknown'", "quantity = mean", "price = median", "size = mode", "weight = min", "day = max"})
  @Sink
  FilledOrder filled;
}
