package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The rows of test.choice_prices as read, as Parquet. */
@Table(name = "test.choice_price_copies", location = "out/choice_price_copies", format = Format.PARQUET, allowEmpty = true)
public record ChoicePriceCopy(long id, Double price) {}
