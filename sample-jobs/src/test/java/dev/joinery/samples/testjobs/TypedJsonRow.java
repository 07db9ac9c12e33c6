package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One column of every scalar kind, from JSON files whose bad rows are skipped and counted. */
@Table(name = "test.typed_json", location = "in/typed_json", format = Format.JSON,
    malformedRows = MalformedRows.SKIP)
public record TypedJsonRow(long id, Integer small, Long big, Double ratio,
    @Decimal(precision = 10, scale = 2) BigDecimal amount, LocalDate day, Instant at, Boolean flag, String text,
    Kind kind) {}
