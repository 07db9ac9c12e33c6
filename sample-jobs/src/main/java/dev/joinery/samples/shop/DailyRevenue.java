package dev.joinery.samples.shop;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.CountDistinct;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Paid revenue per day and country. */
// No format: the project's default, an Iceberg table in the catalog, versioned per run.
@Table(name = "curated.daily_revenue", location = "data/curated/daily_revenue", partitionBy = "day")
public record DailyRevenue(
    LocalDate day,
    String country,
    @Sum("amount") @Decimal(precision = 18, scale = 2) BigDecimal revenue,
    @Count long orders,
    @CountDistinct("customerId") long customers) {}
