package dev.joinery.samples.semantics;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.sample_ids", location = "out/sample_ids", format = Format.PARQUET)
public record Copy(int i, long l) {}
