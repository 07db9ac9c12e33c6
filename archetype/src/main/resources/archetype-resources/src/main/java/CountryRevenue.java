package ${package};

import dev.joinery.annotations.Count;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** Paid revenue per country. */
@Table(name = "curated.country_revenue", location = "data/curated/country_revenue", format = Format.PARQUET)
public record CountryRevenue(String country, @Sum("amount") @Decimal(precision = 20, scale = 2) BigDecimal revenue,
    @Count long orders) {}
