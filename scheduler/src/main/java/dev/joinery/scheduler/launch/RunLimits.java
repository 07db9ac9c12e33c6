package dev.joinery.scheduler.launch;

import dev.joinery.annotations.RunPolicy;
import java.time.Duration;
import java.util.Map;

/**
 * How a job's scheduled runs run ({@code @RunPolicy}).
 *
 * @param timeout null for no limit
 * @param properties Spark settings every run gets ({@code joinery run --conf})
 */
public record RunLimits(int maxConcurrent, RunPolicy.WhenBusy whenBusy, Duration timeout, int retries,
    Map<String, String> properties) {

  public static final RunLimits DEFAULT = new RunLimits(1, RunPolicy.WhenBusy.QUEUE, null, 0, Map.of());

  public RunLimits {
    properties = Map.copyOf(properties);
  }
}
