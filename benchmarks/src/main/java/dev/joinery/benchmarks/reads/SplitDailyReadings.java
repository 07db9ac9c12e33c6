package dev.joinery.benchmarks.reads;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/** Readings per day, from the split read. */
@Table(name = "bench.split_daily_readings", location = "out/split_daily_readings", format = Format.PARQUET)
public record SplitDailyReadings(LocalDate day, @Count long readings) {}
