package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.Instant;

@Table(name = "test.reading_copies", location = "out/reading_copies", format = Format.PARQUET)
public record ReadingCopy(String deviceId, Instant at, Double value) {}
