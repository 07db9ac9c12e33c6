package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.WriteMode;

/** Appends every order's id and status to a PostgreSQL table: two columns of five are read. */
@Job(name = "test_pg_log")
final class PgLogJob {
  @Map
  @Sink(mode = WriteMode.APPEND)
  static PgLogEntry entry(PgOrder o) {
    return new PgLogEntry(o.id(), o.status());
  }
}
