package dev.joinery.samples.shop;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A paid order in the ledger: its value, once, whichever export file brought it. */
@Table(name = "curated.order_ledger", location = "data/curated/order_ledger", partitionBy = "orderDate")
public record LedgerLine(long orderId, long customerId, LocalDate orderDate,
    @Decimal(precision = 18, scale = 2) BigDecimal amount) {}
