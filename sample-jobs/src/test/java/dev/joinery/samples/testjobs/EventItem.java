package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** One row per item of an event's payload: the child table, linked to its event by id. */
@Table(name = "test.event_items", location = "out/event_items", format = Format.PARQUET)
public record EventItem(long id, String sku, Integer qty) {}
