package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Table;

/** Paid orders appended run after run to an Iceberg table (the project's default format). */
@Table(name = "test.paid_log", location = "out/paid_log")
public record PaidLogEntry(long orderId, long customerId, String status) {}
