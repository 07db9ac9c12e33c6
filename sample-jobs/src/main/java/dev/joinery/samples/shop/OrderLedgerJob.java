package dev.joinery.samples.shop;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Trigger;
import dev.joinery.annotations.WriteMode;
import java.math.BigDecimal;

/**
 * Every paid order once in the ledger, as the shop's export files arrive.
 * raw.orders is bookmarked: each run reads only the export files no successful run of this job
 * has read, and appends their paid orders.
 */
@Job(name = "order_ledger", schedule = "*/15 * * * *", bookmarks = "raw.orders")
@Trigger(newFiles = "raw.orders", poll = "30s")
final class OrderLedgerJob {

  /** Orders that were paid and say how many items at what price. */
  @Filter
  static boolean paid(Order o) {
    return "PAID".equals(o.status()) && o.price() != null && o.quantity() != null;
  }

  /** One ledger line per paid order, appended to curated.order_ledger. */
  @Map
  @Sink(mode = WriteMode.APPEND)
  static LedgerLine ledger(@From("paid") Order o) {
    return new LedgerLine(o.orderId(), o.customerId(), o.orderDate(),
        o.price().multiply(BigDecimal.valueOf(o.quantity())));
  }
}
