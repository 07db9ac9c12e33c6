package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.WriteMode;

/** Copies the rows test_paid_log appends to its Iceberg table, reading only the snapshots appended since its last run. */
@Job(name = "test_paid_digest", bookmarks = "test.paid_log")
final class PaidDigestJob {
  @Select(from = "test.paid_log")
  @Sink(mode = WriteMode.APPEND)
  PaidDigestEntry digest;
}
