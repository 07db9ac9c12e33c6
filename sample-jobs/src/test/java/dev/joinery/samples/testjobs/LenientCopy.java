package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Table(name = "test.lenient_copy", location = "out/lenient_copy", format = Format.PARQUET)
public record LenientCopy(long id, LocalDate day, @Decimal(precision = 10, scale = 2) BigDecimal amount) {}
