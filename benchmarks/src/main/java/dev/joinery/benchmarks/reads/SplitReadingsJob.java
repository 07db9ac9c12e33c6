package dev.joinery.benchmarks.reads;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** {@link ReadingsJob} over the split read. */
@Job(name = "bench_split_readings")
final class SplitReadingsJob {
  @Aggregate(from = "bench.split_readings", groupBy = "day")
  @Sink
  SplitDailyReadings daily;
}
