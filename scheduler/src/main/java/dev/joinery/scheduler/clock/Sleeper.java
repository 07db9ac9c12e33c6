package dev.joinery.scheduler.clock;

import java.time.Duration;

/** Waits between the scheduler's ticks: {@link Thread#sleep} for real, a clock advance in tests. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
