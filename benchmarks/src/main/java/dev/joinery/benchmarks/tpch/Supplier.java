package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H SUPPLIER. */
@Table(name = "tpch.supplier", location = "supplier", format = Format.PARQUET)
public record Supplier(
    long suppKey,
    @NotNull String name,
    @NotNull String address,
    long nationKey,
    @NotNull String phone,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal acctBal,
    @NotNull String comment) {}
