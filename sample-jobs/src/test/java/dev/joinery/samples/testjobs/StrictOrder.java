package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** Orders that must be clean: any row that does not fit fails the run. */
@Table(name = "test.strict_orders", location = "in/strict_orders", format = Format.CSV)
public record StrictOrder(long orderId, String status, @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity) {}
