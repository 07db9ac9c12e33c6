package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One column of every scalar kind, from CSV files whose bad rows are skipped and counted. */
@Table(name = "test.typed_csv", location = "in/typed_csv", format = Format.CSV,
    malformedRows = MalformedRows.SKIP)
public record TypedCsvRow(long id, Integer small, Long big, Double ratio,
    @Decimal(precision = 10, scale = 2) BigDecimal amount, LocalDate day, Instant at, Boolean flag, String text,
    Kind kind) {}
