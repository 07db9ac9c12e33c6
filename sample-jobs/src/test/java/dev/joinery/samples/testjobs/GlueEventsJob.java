package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.Relationalize;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Unbox;

/** JSON payloads parsed, then relationalized into a root table and a child table of items. */
@Job(name = "test_glue_events")
final class GlueEventsJob {
  @Unbox(from = "test.raw_events", column = "payload")
  ParsedEvent parsed;

  @Relationalize(from = "parsed", rename = {"town = payload.address.city"})
  @Sink
  EventTown towns;

  @Relationalize(from = "parsed", explode = "payload.items")
  @Sink
  EventItem items;

  @Relationalize(from = "parsed", explode = "payload.items", keepEmpty = true)
  @Sink
  EventItemOrNone itemsOrNone;
}
