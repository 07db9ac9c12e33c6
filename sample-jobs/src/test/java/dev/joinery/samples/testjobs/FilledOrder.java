package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** test.gappy_orders with its gaps filled: country and quantity can no longer be null. */
@Table(name = "test.filled_orders", location = "out/filled_orders", format = Format.PARQUET)
public record FilledOrder(long id, @NotNull String country, int quantity,
    @Decimal(precision = 10, scale = 2) BigDecimal price, Integer size, Double weight, LocalDate day) {}
