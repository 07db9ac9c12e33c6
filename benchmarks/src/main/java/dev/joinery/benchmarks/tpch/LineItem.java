package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** TPC-H LINEITEM; every column is NOT NULL, as the specification says. */
@Table(name = "tpch.lineitem", location = "lineitem", format = Format.PARQUET)
public record LineItem(
    long orderKey,
    long partKey,
    long suppKey,
    int lineNumber,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal quantity,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal extendedPrice,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal discount,
    @NotNull @Decimal(precision = 15, scale = 2) BigDecimal tax,
    @NotNull String returnFlag,
    @NotNull String lineStatus,
    @NotNull LocalDate shipDate,
    @NotNull LocalDate commitDate,
    @NotNull LocalDate receiptDate,
    @NotNull String shipInstruct,
    @NotNull String shipMode,
    @NotNull String comment) {}
