package dev.joinery.samples;

import dev.joinery.runtime.JoineryJob;
import dev.joinery.samples.testjobs.JoineryCheckedTotalsJob;
import dev.joinery.samples.testjobs.JoineryMeasuredTotalsJob;
import dev.joinery.samples.testjobs.JoineryWarnedTotalsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code @Expect} rules cost: the same aggregation over the sample orders (copied N times), once
 * from a table without rules and once from the same files declared with five rules (one quarantining),
 * and once with the same rules counting only, alternately in one JVM. Run with {@code -Djoinery.measure=true [-Djoinery.measure.copies=N]}.
 */
@EnabledIfSystemProperty(named = "joinery.measure", matches = "true")
class ExpectationsCostTest {
  @TempDir Path dir;

  @Test
  void measure() throws IOException {
    int copies = Integer.getInteger("joinery.measure.copies", 1);
    List<String> lines = Files.readAllLines(Path.of("data/raw/orders/orders.csv"));
    Path input = Files.createDirectories(dir.resolve("in/measured_orders"));
    for (int i = 0; i < copies; i++) {
      List<String> part = new ArrayList<>(lines);
      Files.write(input.resolve("part-" + i + ".csv"), part);
    }
    long rows = (long) (lines.size() - 1) * copies;
    run(new JoineryMeasuredTotalsJob()); // warm-up
    run(new JoineryCheckedTotalsJob());
    run(new JoineryWarnedTotalsJob());
    List<Long> off = new ArrayList<>();
    List<Long> warn = new ArrayList<>();
    List<Long> on = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      off.add(run(new JoineryMeasuredTotalsJob()));
      warn.add(run(new JoineryWarnedTotalsJob()));
      on.add(run(new JoineryCheckedTotalsJob()));
    }
    System.out.printf("EXPECTATIONS COST: %,d rows; without rules %s ms; with 5 rules counting only %s ms;"
        + " with 5 rules, 1 quarantining %s ms%n", rows, off, warn, on);
  }

  private long run(JoineryJob job) {
    long start = System.nanoTime();
    SparkSessions.run(job, dir);
    return (System.nanoTime() - start) / 1_000_000;
  }
}
