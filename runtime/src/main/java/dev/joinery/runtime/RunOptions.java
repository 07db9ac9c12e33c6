package dev.joinery.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a run reads and writes.
 *
 * @param baseDir relative table locations resolve against it
 * @param locationOverrides table name to location, replacing the {@code @Table} location
 * @param countSteps count each step's rows for the report; this keeps Spark from moving filters
 *     across steps, so it is off unless asked for
 */
public record RunOptions(Path baseDir, Map<String, String> locationOverrides, boolean countSteps) {

  public RunOptions {
    locationOverrides = Map.copyOf(locationOverrides);
  }

  public static RunOptions in(Path baseDir) {
    return new RunOptions(baseDir, Map.of(), false);
  }

  public RunOptions withStepCounts() {
    return new RunOptions(baseDir, locationOverrides, true);
  }

  /** The fully qualified location of a table for this run. */
  public String locationOf(TableSpec table) {
    String location = locationOverrides.getOrDefault(table.name(), table.location());
    if (location.contains(":/")) {
      return location; // already a URI: hdfs://, s3a://, file:/...
    }
    return baseDir.resolve(location).toAbsolutePath().normalize().toUri().toString();
  }
}
