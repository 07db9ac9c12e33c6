package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** The ids of the events whose payload parsed. */
@Table(name = "test.parsed_event_ids", location = "out/parsed_event_ids", format = Format.PARQUET)
public record ParsedEventId(long id) {}
