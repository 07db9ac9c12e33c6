package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Expect;
import dev.joinery.annotations.ExpectRows;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Customers as a job writes them, with rules that gate what it may commit. */
@ExpectRows(max = 2, action = Expect.Action.FAIL)
@Table(name = "test.checked_customers", location = "out/checked_customers", format = Format.PARQUET)
public record CheckedCustomer(long id,
    @Expect(pattern = "[A-Z][a-z]+", name = "capitalized", action = Expect.Action.QUARANTINE) String name) {}
