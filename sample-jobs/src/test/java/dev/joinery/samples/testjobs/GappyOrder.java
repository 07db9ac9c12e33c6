package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Orders with gaps in every column but the id. */
@Table(name = "test.gappy_orders", location = "in/gappy_orders", format = Format.CSV)
public record GappyOrder(long id, String country, Integer quantity, @Decimal(precision = 10, scale = 2) BigDecimal price,
    Integer size, Double weight, LocalDate day) {}
