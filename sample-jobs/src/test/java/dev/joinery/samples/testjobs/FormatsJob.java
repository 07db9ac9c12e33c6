package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies Parquet readings into ORC and Avro tables. */
@Job(name = "test_formats")
final class FormatsJob {
  @Select(from = "test.readings")
  @Sink
  OrcReading orc;

  @Select(from = "test.readings")
  @Sink
  AvroReading avro;
}
