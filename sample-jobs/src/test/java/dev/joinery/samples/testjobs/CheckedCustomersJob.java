package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies test.ruled_customers into a table whose rules check what the job writes. */
@Job(name = "test_checked_customers")
final class CheckedCustomersJob {
  @Select(from = "test.ruled_customers")
  @Sink
  CheckedCustomer customers;
}
