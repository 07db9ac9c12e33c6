package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.top_customers", location = "out/top_customers", format = Format.PARQUET)
public record TopCustomer(long id, String name) {}
