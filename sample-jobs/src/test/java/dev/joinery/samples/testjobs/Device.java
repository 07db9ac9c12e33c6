package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.util.List;
import java.util.Map;

/** Nested and repeated values, in JSON. */
@Table(name = "test.devices", location = "in/devices", format = Format.JSON)
public record Device(String id, Kind kind, List<String> tags, Map<String, Long> counters, Location location,
    List<Location> history) {
  public enum Kind { PHONE, TABLET }

  public record Location(double lat, double lon) {}
}
