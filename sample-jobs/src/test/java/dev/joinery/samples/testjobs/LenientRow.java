package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A European export: semicolons, day.month.year dates and decimal commas, declared as such. */
@Table(name = "test.lenient", location = "in/lenient", format = Format.CSV,
    options = {"sep=;", "dateFormat=dd.MM.yyyy", "decimalSeparator=,"})
public record LenientRow(long id, LocalDate day, @Decimal(precision = 10, scale = 2) BigDecimal amount) {}
