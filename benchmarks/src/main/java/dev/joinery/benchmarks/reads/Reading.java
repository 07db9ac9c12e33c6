package dev.joinery.benchmarks.reads;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Sensor readings as CSV, read with Joinery's defaults (quoted line breaks allowed, so one task per file). */
@Table(name = "bench.readings", location = "readings", format = Format.CSV)
public record Reading(long id, String device, @Decimal(precision = 12, scale = 3) BigDecimal value, LocalDate day,
    String note) {}
