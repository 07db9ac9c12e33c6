package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;

/** TPC-H REGION. */
@Table(name = "tpch.region", location = "region", format = Format.PARQUET)
public record Region(long regionKey, @NotNull String name, @NotNull String comment) {}
