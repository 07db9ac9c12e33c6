package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Reads and writes columns whose names in the data differ from their components' (@Column). */
@Job(name = "test_mapped_columns")
final class MappedColumnsJob {
  /** Readings above freezing, by the component's name. */
  @Filter
  static boolean aboveFreezing(MappedReading r) {
    return r.temperature() > 0;
  }

  /** The warmest reading per device. */
  @Aggregate(from = "aboveFreezing", groupBy = "deviceName")
  @Sink
  MappedMaximum maximums;
}
