package dev.joinery.benchmarks.reads;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Counts readings per day: a read, its checks and a small aggregate. */
@Job(name = "bench_readings")
final class ReadingsJob {
  @Aggregate(from = "bench.readings", groupBy = "day")
  @Sink
  DailyReadings daily;
}
