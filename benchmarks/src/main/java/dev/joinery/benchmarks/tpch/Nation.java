package dev.joinery.benchmarks.tpch;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.NotNull;
import dev.joinery.annotations.Table;

/** TPC-H NATION. */
@Table(name = "tpch.nation", location = "nation", format = Format.PARQUET)
public record Nation(long nationKey, @NotNull String name, long regionKey, @NotNull String comment) {}
