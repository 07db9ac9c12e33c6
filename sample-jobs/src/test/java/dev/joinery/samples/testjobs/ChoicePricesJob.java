package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies prices whose JSON type varies across files, with and without {@code @ResolveChoice}, skipping bad rows. */
@Job(name = "test_choice_prices")
final class ChoicePricesJob {
  @Select(from = "test.choice_prices")
  @Sink
  ChoicePriceCopy resolved;

  @Select(from = "test.unresolved_prices")
  @Sink
  UnresolvedPriceCopy unresolved;
}
