package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Where {@link PgNarrowJob} would write. */
@Table(name = "test.pg_narrow_copy", location = "out/pg_narrow_copy", format = Format.CSV)
public record PgNarrowCopy(int id, String status) {}
