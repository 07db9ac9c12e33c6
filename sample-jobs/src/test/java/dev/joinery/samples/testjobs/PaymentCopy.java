package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.payments_copy", location = "out/payments", format = Format.PARQUET)
public record PaymentCopy(long id, String status, Integer amount, String country) {}
