package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The rows of test.unresolved_prices as read, as Parquet. */
@Table(name = "test.unresolved_price_copies", location = "out/unresolved_price_copies", format = Format.PARQUET, allowEmpty = true)
public record UnresolvedPriceCopy(long id, Double price) {}
