package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** TPC-H PARTSUPP. */
@Table(name = "tpch.partsupp", location = "partsupp", format = Format.PARQUET)
public record PartSupp(
    long partKey,
    long suppKey,
    int availQty,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal supplyCost,
    @NotNull String comment) {}
