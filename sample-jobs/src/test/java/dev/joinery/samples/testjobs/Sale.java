package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/** A customer's sale; the amount may be missing. */
@Table(name = "test.sales", location = "in/sales", format = Format.CSV)
public record Sale(long customerId, long orderId, LocalDate day, Integer amount) {}
