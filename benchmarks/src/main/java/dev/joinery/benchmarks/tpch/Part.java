package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H PART. */
@Table(name = "tpch.part", location = "part", format = Format.PARQUET)
public record Part(
    long partKey,
    @NotNull String name,
    @NotNull String mfgr,
    @NotNull String brand,
    @NotNull String type,
    int size,
    @NotNull String container,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal retailPrice,
    @NotNull String comment) {}
