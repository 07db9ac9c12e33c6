package dev.joinery.samples.shop;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Orders as the shop exports them, one CSV line each. Price and quantity may be empty; rows whose
 * numbers do not parse are skipped and counted in the run report.
 */
@Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV,
    malformedRows = MalformedRows.SKIP)
public record Order(
    long orderId,
    long customerId,
    String status,
    @Decimal(precision = 10, scale = 2) BigDecimal price,
    Integer quantity,
    LocalDate orderDate) {}
