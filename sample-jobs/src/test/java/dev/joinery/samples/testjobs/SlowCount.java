package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.slow_counts", location = "out/slow_counts", format = Format.PARQUET)
public record SlowCount(long customerId, @Count long orders) {}
