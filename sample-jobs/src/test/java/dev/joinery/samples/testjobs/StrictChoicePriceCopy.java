package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The rows of test.strict_choice_prices as read, as Parquet. */
@Table(name = "test.strict_choice_price_copies", location = "out/strict_choice_price_copies", format = Format.PARQUET, allowEmpty = true)
public record StrictChoicePriceCopy(long id, Double price) {}
