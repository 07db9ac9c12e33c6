package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the strict CSV read accepted, as Parquet. */
@Table(name = "test.typed_csv_copy", location = "out/typed_csv_copy", format = Format.PARQUET, allowEmpty = true)
public record TypedCsvCopy(long id, Integer small, Long big, Double ratio,
    @Decimal(precision = 10, scale = 2) BigDecimal amount, LocalDate day, Instant at, Boolean flag, String text,
    Kind kind) {}
