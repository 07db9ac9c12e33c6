package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** An order's id and status, appended to a PostgreSQL table by {@link PgLogJob}. */
@Table(name = "pg.order_log", format = Format.JDBC, connection = "test_pg", location = "order_log")
public record PgLogEntry(long id, String status) {}
