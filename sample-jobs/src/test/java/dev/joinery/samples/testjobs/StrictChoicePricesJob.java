package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;

/** Copies prices whose JSON type varies across files; a price that is no number fails the run. */
@Job(name = "test_strict_choice_prices")
final class StrictChoicePricesJob {
  @Select(from = "test.strict_choice_prices")
  @Sink
  StrictChoicePriceCopy copy;
}
