package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Events whose payload is JSON text. */
@Table(name = "test.raw_events", location = "in/raw_events", format = Format.JSON)
public record RawEvent(long id, String payload) {}
