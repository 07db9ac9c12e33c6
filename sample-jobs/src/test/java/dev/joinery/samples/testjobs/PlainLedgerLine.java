package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What test_plain_ledger appends: curated.order_ledger's columns. */
@Table(name = "test.plain_ledger", location = "out/plain_ledger", partitionBy = "orderDate")
public record PlainLedgerLine(long orderId, long customerId, LocalDate orderDate,
    @Decimal(precision = 18, scale = 2) BigDecimal amount) {}
