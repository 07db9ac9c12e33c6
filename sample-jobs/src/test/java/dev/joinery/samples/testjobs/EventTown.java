package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** One row per event, its address flattened: the root table. */
@Table(name = "test.event_towns", location = "out/event_towns", format = Format.PARQUET)
public record EventTown(long id, String town, String payloadAddressZip) {}
