package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An order in PostgreSQL, read in ranges of its id. */
@Table(name = "pg.orders", format = Format.JDBC, connection = "test_pg", location = "public.orders",
    options = {"partitionColumn=id", "numPartitions=3"})
public record PgOrder(long id, String status, @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity,
    LocalDate day) {}
