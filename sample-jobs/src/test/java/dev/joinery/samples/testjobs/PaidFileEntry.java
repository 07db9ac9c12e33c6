package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The same rows appended to a plain Parquet file table, for systems that read files. */
@Table(name = "test.paid_files", location = "out/paid_files", format = Format.PARQUET)
public record PaidFileEntry(long orderId, long customerId, String status) {}
