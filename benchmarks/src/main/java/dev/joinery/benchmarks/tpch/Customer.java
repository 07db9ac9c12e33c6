package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H CUSTOMER. */
@Table(name = "tpch.customer", location = "customer", format = Format.PARQUET)
public record Customer(
    long custKey,
    @NotNull String name,
    @NotNull String address,
    long nationKey,
    @NotNull String phone,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal acctBal,
    @NotNull String mktSegment,
    @NotNull String comment) {}
