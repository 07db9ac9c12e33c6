package dev.joinery.benchmarks.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs variants of one workload in turn, rotating which goes first so none always meets a warmer
 * or colder machine, after one warm-up run of the first; prints each one's median and its ratio to
 * the first variant's, the baseline measured in the same run.
 */
final class RotatedRuns {
  private RotatedRuns() {}

  static void measure(String title, Map<String, Runnable> variants, int runs) {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    variants.keySet().forEach(v -> times.put(v, new ArrayList<>()));
    List<String> order = new ArrayList<>(variants.keySet());
    variants.get(order.get(0)).run(); // warm-up, not counted
    for (int i = 0; i < runs; i++) {
      for (String variant : order) {
        long start = System.nanoTime();
        variants.get(variant).run();
        times.get(variant).add((System.nanoTime() - start) / 1e9);
      }
      order.add(order.remove(0));
    }
    System.out.println(title + ", " + runs + " runs each");
    double baseline = median(times.values().iterator().next());
    times.forEach((variant, seconds) -> System.out.printf("  %-34s %7.2f s  ratio %.2f%n", variant, median(seconds),
        median(seconds) / baseline));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
