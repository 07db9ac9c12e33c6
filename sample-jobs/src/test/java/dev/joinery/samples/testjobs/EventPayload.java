package dev.joinery.samples.testjobs;

import java.util.List;

/** The shape of test.raw_events' payload. */
public record EventPayload(EventAddress address, List<EventLine> items) {}
