package dev.joinery.samples.shop;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A country's strong day, for the sales team's weekly review. */
@Table(name = "reports.top_markets", location = "data/reports/top_markets", format = Format.CSV)
public record TopMarket(LocalDate day, String country, @Decimal(precision = 18, scale = 2) BigDecimal revenue,
    long orders) {}
