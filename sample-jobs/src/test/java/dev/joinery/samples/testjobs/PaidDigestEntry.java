package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Table;

/** What test_paid_digest appends: test.paid_log's new rows. */
@Table(name = "test.paid_digest", location = "out/paid_digest")
public record PaidDigestEntry(long orderId, long customerId, String status) {}
