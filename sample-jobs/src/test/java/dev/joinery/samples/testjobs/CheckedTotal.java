package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

@Table(name = "test.checked_totals", location = "out/checked_totals", format = Format.PARQUET)
public record CheckedTotal(String status, @Sum("price") @Decimal(precision = 20, scale = 2) BigDecimal total,
    @Count long orders) {}
