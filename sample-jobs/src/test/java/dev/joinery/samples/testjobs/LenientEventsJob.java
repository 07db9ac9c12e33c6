package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Job;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Unbox;

/** JSON payloads parsed, leaving out the rows whose payload does not parse. */
@Job(name = "test_lenient_events")
final class LenientEventsJob {
  @Unbox(from = "test.raw_events", column = "payload", malformed = MalformedRows.SKIP)
  ParsedEvent parsed;

  @Select(from = "parsed")
  @Sink
  ParsedEventId ids;
}
