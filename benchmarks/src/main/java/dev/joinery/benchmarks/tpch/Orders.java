package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H ORDERS. */
@Table(name = "tpch.orders", location = "orders", format = Format.PARQUET)
public record Orders(
    long orderKey,
    long custKey,
    @NotNull String orderStatus,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal totalPrice,
    @NotNull LocalDate orderDate,
    @NotNull String orderPriority,
    @NotNull String clerk,
    int shipPriority,
    @NotNull String comment) {}
