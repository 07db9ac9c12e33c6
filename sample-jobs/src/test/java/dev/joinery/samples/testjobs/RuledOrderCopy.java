package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.ruled_orders_copy", location = "out/ruled_orders", format = Format.PARQUET)
public record RuledOrderCopy(long orderId, long customerId, String status, Integer amount) {}
