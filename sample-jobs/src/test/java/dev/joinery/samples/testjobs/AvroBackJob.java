package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.WriteMode;

/** Reads the Avro table back, appending to a Parquet copy. */
@Job(name = "test_avro_back")
final class AvroBackJob {
  @Select(from = "test.avro_readings")
  @Sink(mode = WriteMode.APPEND)
  ReadingCopy copies;
}
