package dev.joinery.samples.testjobs;

import dev.joinery.annotations.FlatMap;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Union;
import java.util.List;
import java.util.stream.Stream;

/** Exercises flat map, left join, union and complex column types end to end. */
@Job(name = "test_device_events")
final class DeviceEventsJob {

  /** One row per tag. */
  @FlatMap
  static Stream<Tagged> tagged(Device d) {
    return d.tags() == null ? Stream.empty() : d.tags().stream().map(t -> new Tagged(d.id(), d, t));
  }

  record Tagged(String deviceId, Device device, String tag) {}

  /** Devices without tags get one untagged row. */
  @FlatMap
  static List<Tagged> untagged(Device d) {
    return d.tags() == null || d.tags().isEmpty() ? List.of(new Tagged(d.id(), d, "none")) : List.of();
  }

  @Union(from = {"tagged", "untagged"})
  Tagged all;

  /** Each row with the device's reading; devices without one keep a null reading. */
  @Join(on = "deviceId", type = JoinType.LEFT)
  @Sink
  static DeviceEvent event(@From("all") Tagged t, DeviceReading r) {
    Device d = t.device();
    Long steps = d.counters() == null ? null : d.counters().get("steps");
    return new DeviceEvent(d.id(), d.kind(), t.tag(), steps, d.location(), d.history(), r == null ? null : r.value());
  }
}
