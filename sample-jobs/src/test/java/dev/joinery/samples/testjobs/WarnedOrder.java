package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Expect;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The sample orders with the same rules, none quarantining, to measure what rules cost (ExpectationsCostTest). */
@Table(name = "test.warned_orders", location = "in/measured_orders", format = Format.CSV,
    malformedRows = MalformedRows.SKIP)
public record WarnedOrder(long orderId, long customerId,
    @Expect(oneOf = {"PAID", "PENDING", "CANCELLED"}, action = Expect.Action.WARN)
    @Expect(pattern = "[A-Z]+", name = "status_word") String status,
    @Expect(min = "0", max = "100000") @Decimal(precision = 10, scale = 2) BigDecimal price,
    @Expect(notNull = true) Integer quantity,
    @Expect(min = "2000-01-01", action = Expect.Action.FAIL) LocalDate orderDate) {}
