package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The sample orders without rules, to measure what rules cost (ExpectationsCostTest). */
@Table(name = "test.measured_orders", location = "in/measured_orders", format = Format.CSV,
    malformedRows = MalformedRows.SKIP)
public record MeasuredOrder(long orderId, long customerId, String status,
    @Decimal(precision = 10, scale = 2) BigDecimal price, Integer quantity, LocalDate orderDate) {}
