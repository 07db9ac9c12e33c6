package dev.joinery.samples.testjobs;

import java.util.concurrent.atomic.AtomicLong;

/** Makes {@link PgPaidJob} fail on one order while it writes; local Spark runs tasks in this JVM. */
public final class PgFailure {
  /** The order id whose row throws, or -1 for none. */
  public static final AtomicLong FAIL_AT_ID = new AtomicLong(-1);

  private PgFailure() {}

  static void check(long id) {
    if (id == FAIL_AT_ID.get()) {
      throw new IllegalStateException("injected failure at order " + id);
    }
  }
}
