package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies test.payments, whose rules apply as it is read. */
@Job(name = "test_payments")
final class PaymentsJob {
  @Select(from = "test.payments")
  @Sink
  PaymentCopy copy;
}
