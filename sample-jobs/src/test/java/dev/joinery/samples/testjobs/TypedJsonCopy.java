package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the strict JSON read accepted, as Parquet. */
@Table(name = "test.typed_json_copy", location = "out/typed_json_copy", format = Format.PARQUET, allowEmpty = true)
public record TypedJsonCopy(long id, Integer small, Long big, Double ratio,
    @Decimal(precision = 10, scale = 2) BigDecimal amount, LocalDate day, Instant at, Boolean flag, String text,
    Kind kind) {}
