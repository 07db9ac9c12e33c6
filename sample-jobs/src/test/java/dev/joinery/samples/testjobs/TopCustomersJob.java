package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;

/** The two customers with the highest ids: a sort with a limit (top-N). */
@Job(name = "test_top_customers")
final class TopCustomersJob {
  @Sort(from = "test.ruled_customers", by = {"id desc", "name"}, limit = 2)
  RuledCustomer highestIds;

  @Select(from = "highestIds")
  @Sink
  TopCustomer top;
}
