package dev.joinery.benchmarks.reads;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/** Readings per day. */
@Table(name = "bench.daily_readings", location = "out/daily_readings", format = Format.PARQUET)
public record DailyReadings(LocalDate day, @Count long readings) {}
