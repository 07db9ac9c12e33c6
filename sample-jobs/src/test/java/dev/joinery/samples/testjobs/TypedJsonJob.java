package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies the rows of test.typed_json that fit the record. */
@Job(name = "test_typed_json")
final class TypedJsonJob {
  @Select(from = "test.typed_json")
  @Sink
  TypedJsonCopy copy;
}
