package dev.joinery.samples.warehouse;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;

/**
 * Products whose stock fell to their reorder level, per warehouse, for the buyers: read from
 * PostgreSQL, written as a CSV file. Needs the connection {@code warehouse_db} (see the README's
 * "Database tables").
 */
@Job(name = "low_stock")
final class LowStockJob {

  /** Stock counts at or below the product's reorder level (the database does this filtering). */
  @Filter
  static boolean low(StockLevel s) {
    return s.onHand() <= s.reorderLevel();
  }

  /** What to reorder: enough to reach twice the reorder level. */
  @Map
  @Sink
  static LowStockItem reorder(@From("low") StockLevel s) {
    return new LowStockItem(s.warehouse(), s.skuId(), s.onHand(), 2 * s.reorderLevel() - s.onHand());
  }
}
