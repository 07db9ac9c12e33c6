package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Orders whose customer and amount may be missing. */
@Table(name = "test.join_orders", location = "in/join_orders", format = Format.CSV)
public record JoinOrder(long orderId, Long customerId, Integer amount) {}
