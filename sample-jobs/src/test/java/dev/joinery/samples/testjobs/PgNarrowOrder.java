package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The orders table with an id too narrow for its bigint column: the run must refuse it. */
@Table(name = "pg.orders_narrow", format = Format.JDBC, connection = "test_pg", location = "public.orders")
public record PgNarrowOrder(int id, String status) {}
