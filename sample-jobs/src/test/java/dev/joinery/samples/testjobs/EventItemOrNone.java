package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** One row per item of an event's payload, and one for an event without items. */
@Table(name = "test.event_items_or_none", location = "out/event_items_or_none", format = Format.PARQUET)
public record EventItemOrNone(long id, String sku, Integer qty) {}
