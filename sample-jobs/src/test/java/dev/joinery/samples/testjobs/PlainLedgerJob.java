package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.WriteMode;
import dev.joinery.samples.shop.Order;
import java.math.BigDecimal;

/** order_ledger without its bookmark: every run reads every file of raw.orders (to measure what bookmarks cost). */
@Job(name = "test_plain_ledger")
final class PlainLedgerJob {
  @Filter
  static boolean paid(Order o) {
    return "PAID".equals(o.status()) && o.price() != null && o.quantity() != null;
  }

  @Map
  @Sink(mode = WriteMode.APPEND)
  static PlainLedgerLine ledger(@From("paid") Order o) {
    return new PlainLedgerLine(o.orderId(), o.customerId(), o.orderDate(),
        o.price().multiply(BigDecimal.valueOf(o.quantity())));
  }
}
