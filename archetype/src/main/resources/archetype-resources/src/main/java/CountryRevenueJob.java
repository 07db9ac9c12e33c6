package ${package};

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;

/** Revenue per country, from paid orders. */
@Job(name = "country_revenue")
final class CountryRevenueJob {
  /** Orders that were paid. */
  @Filter
  static boolean paid(Order o) {
    return "PAID".equals(o.status());
  }

  /** Their revenue per country. */
  @Aggregate(from = "paid", groupBy = "country")
  @Sink
  CountryRevenue revenue;
}
