package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies a feed that may legitimately be empty. */
@Job(name = "test_empty_tolerant")
final class EmptyTolerantJob {
  @Select(from = "test.optional_feed")
  @Sink
  FeedCopy copy;
}
