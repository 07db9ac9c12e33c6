package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;

/** Paid orders from PostgreSQL back into PostgreSQL, replacing the table each run. */
@Job(name = "test_pg_paid")
final class PgPaidJob {
  /** Orders that were paid (pushed into the database's query). */
  @Filter
  static boolean paid(PgOrder o) {
    return "PAID".equals(o.status());
  }

  /** The paid order's amounts; runs as JVM code so that a test can make it fail mid-write. */
  @Map
  @Sink
  static PgPaidOrder amounts(@From("paid") PgOrder o) {
    PgFailure.check(o.id());
    return new PgPaidOrder(o.id(), o.price(), o.quantity());
  }
}
