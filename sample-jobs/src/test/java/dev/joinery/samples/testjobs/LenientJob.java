package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies test.lenient, read with its declared date format and decimal separator. */
@Job(name = "test_lenient")
final class LenientJob {
  @Select(from = "test.lenient")
  @Sink
  LenientCopy copy;
}
