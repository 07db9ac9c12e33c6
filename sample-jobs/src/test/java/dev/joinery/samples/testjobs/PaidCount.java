package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.paid_counts", location = "out/paid_counts", format = Format.PARQUET)
public record PaidCount(long customerId, @Count long orders) {}
