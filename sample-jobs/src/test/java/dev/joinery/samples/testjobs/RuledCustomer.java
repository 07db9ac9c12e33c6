package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The customers that test.ruled_orders' customer ids must be found in. */
@Table(name = "test.ruled_customers", location = "in/ruled_customers", format = Format.CSV)
public record RuledCustomer(long id, String name) {}
