package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies the rows of test.typed_csv that fit the record. */
@Job(name = "test_typed_csv")
final class TypedCsvJob {
  @Select(from = "test.typed_csv")
  @Sink
  TypedCsvCopy copy;
}
