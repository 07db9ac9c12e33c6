package dev.joinery.samples.shop;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Expect;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Orders as the shop exports them, one CSV line each. Price and quantity may be empty; rows whose
 * numbers do not parse are skipped and counted in the run report. Rows with a status the shop does
 * not know are set aside in {@code .joinery/quarantine/<job>/raw.orders/} by every job that reads them.
 */
@Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV,
    malformedRows = MalformedRows.SKIP)
public record Order(
    long orderId,
    long customerId,
    @Expect(oneOf = {"PAID", "PENDING", "CANCELLED", "REFUNDED"}, action = Expect.Action.QUARANTINE) String status,
    @Decimal(precision = 10, scale = 2) BigDecimal price,
    Integer quantity,
    LocalDate orderDate) {}
