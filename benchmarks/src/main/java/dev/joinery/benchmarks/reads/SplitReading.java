package dev.joinery.benchmarks.reads;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The same files, declared free of quoted line breaks, so Spark splits them across tasks. */
@Table(name = "bench.split_readings", location = "readings", format = Format.CSV, options = "multiLine=false")
public record SplitReading(long id, String device, @Decimal(precision = 12, scale = 3) BigDecimal value,
    LocalDate day, String note) {}
