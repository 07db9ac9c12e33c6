package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Expect;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The sample orders with one rule of each kind, to measure what rules cost (ExpectationsCostTest). */
@Table(name = "test.checked_orders", location = "in/measured_orders", format = Format.CSV,
    malformedRows = MalformedRows.SKIP)
public record CheckedOrder(long orderId, long customerId,
    @Expect(oneOf = {"PAID", "PENDING", "CANCELLED"}, action = Expect.Action.QUARANTINE)
    @Expect(pattern = "[A-Z]+", name = "status_word") String status,
    @Expect(min = "0", max = "100000") @Decimal(precision = 10, scale = 2) BigDecimal price,
    @Expect(notNull = true) Integer quantity,
    @Expect(min = "2000-01-01", action = Expect.Action.FAIL) LocalDate orderDate) {}
