package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;

/** Reads {@link PgNarrowOrder}, whose id does not fit the database's column. */
@Job(name = "test_pg_narrow")
final class PgNarrowJob {
  @Map
  @Sink
  static PgNarrowCopy copy(PgNarrowOrder o) {
    return new PgNarrowCopy(o.id(), o.status());
  }
}
