package dev.joinery.benchmarks.ops;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The devices that readings may come from, for the {@code in} rule of {@link KnownReadingsJob}. */
@Table(name = "bench.devices", location = "devices", format = Format.CSV)
public record Device(String device) {}
