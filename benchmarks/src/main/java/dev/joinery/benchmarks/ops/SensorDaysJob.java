package dev.joinery.benchmarks.ops;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;
import dev.joinery.benchmarks.reads.SplitReading;
import java.math.BigDecimal;

/** A filter over every reading, then a small aggregate: the step a spigot samples is the big one. */
@Job(name = "bench_sensor_days")
final class SensorDaysJob {
  @Filter
  static boolean positive(SplitReading r) {
    return r.value().compareTo(BigDecimal.ZERO) > 0;
  }

  @Aggregate(from = "positive", groupBy = "day")
  @Sink
  SensorDay days;
}
