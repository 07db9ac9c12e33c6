package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** A paid order, written to PostgreSQL by {@link PgPaidJob}. */
@Table(name = "pg.paid_orders", format = Format.JDBC, connection = "test_pg", location = "public.paid_orders")
public record PgPaidOrder(long id, @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity) {}
