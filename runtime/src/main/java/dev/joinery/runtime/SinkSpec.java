package dev.joinery.runtime;

import dev.joinery.annotations.WriteMode;

/** A table a job writes, and how. */
public record SinkSpec(String step, TableSpec table, WriteMode mode) {}
