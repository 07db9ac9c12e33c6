package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.flaky_counts", location = "out/flaky_counts", format = Format.PARQUET)
public record FlakyCount(long customerId, @Count long orders) {}
