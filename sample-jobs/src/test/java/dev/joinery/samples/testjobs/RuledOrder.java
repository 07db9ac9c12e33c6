package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Expect;
import dev.joinery.annotations.ExpectRows;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Orders with the rules that read more than one value: unique ids, known customers, a condition, a row count. */
@ExpectRows(min = 2, action = Expect.Action.FAIL)
@Table(name = "test.ruled_orders", location = "in/ruled_orders", format = Format.CSV)
public record RuledOrder(
    @Expect(unique = true, action = Expect.Action.QUARANTINE) long orderId,
    @Expect(in = "test.ruled_customers.id", name = "known_customer", action = Expect.Action.QUARANTINE) long customerId,
    String status,
    Integer amount) {

  /** A paid order says how much. */
  @Expect(action = Expect.Action.QUARANTINE)
  static boolean paidHasAmount(RuledOrder o) {
    return !"PAID".equals(o.status()) || o.amount() != null;
  }
}
