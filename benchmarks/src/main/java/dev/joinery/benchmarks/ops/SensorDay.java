package dev.joinery.benchmarks.ops;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/** Positive readings per day. */
@Table(name = "bench.sensor_days", location = "out/sensor_days", format = Format.PARQUET)
public record SensorDay(LocalDate day, @Count long readings) {}
