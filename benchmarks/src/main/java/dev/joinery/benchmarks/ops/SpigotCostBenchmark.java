package dev.joinery.benchmarks.ops;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.Spigot;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * What a spigot costs a run: {@code bench_sensor_days} (a filter over every reading of a CSV file,
 * then an aggregate) without a spigot, with a 100-row spigot and with a 1% spigot on the filter,
 * rotating which goes first, in one JVM and Spark session; medians and ratios to the run without.
 *
 * <p>Run with {@code ./benchmark-ops [megabytes] [runs]} (default 256 MB, 5 runs).
 */
public final class SpigotCostBenchmark {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  public static void main(String[] args) throws IOException {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path base = Files.createTempDirectory("joinery-ops-bench-");
    long rows = writeReadings(base.resolve("readings/part-0.csv"), megabytes * 1024L * 1024L);
    SparkSession spark = JobLauncher.session("joinery-ops-benchmark", null, Map.of());

    Map<String, List<Spigot>> variants = new LinkedHashMap<>();
    variants.put("no spigot", List.of());
    variants.put("spigot positive=100", List.of(Spigot.parse("positive", "100", Spigot.DEFAULT_SEED)));
    variants.put("spigot positive=0.01", List.of(Spigot.parse("positive", "0.01", Spigot.DEFAULT_SEED)));
    Map<String, List<Double>> times = new LinkedHashMap<>();
    variants.keySet().forEach(v -> times.put(v, new ArrayList<>()));
    List<String> order = new ArrayList<>(variants.keySet());
    run(spark, base, List.of()); // warm-up, not counted
    for (int i = 0; i < runs; i++) {
      for (String variant : order) {
        times.get(variant).add(run(spark, base, variants.get(variant)));
      }
      order.add(order.remove(0));
    }

    System.out.printf("bench_sensor_days over %,d rows (%d MB CSV), %d runs each%n", rows, megabytes, runs);
    double baseline = median(times.get("no spigot"));
    times.forEach((variant, seconds) -> System.out.printf("  %-22s %7.2f s  ratio %.2f%n", variant, median(seconds),
        median(seconds) / baseline));
    spark.stop();
  }

  private static double run(SparkSession spark, Path base, List<Spigot> spigots) {
    long start = System.nanoTime();
    JobLauncher.run(new JoinerySensorDaysJob(), spark, RunOptions.in(base).withSpigots(spigots), QUIET);
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static long writeReadings(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    long line = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,device,value,day,note\n");
      long written = 0;
      while (written < size) {
        String row = line + ",sensor-" + (line % 977) + "," + (line % 100_000 - 500) + "." + (line % 1000) + ",2026-"
            + String.format("%02d-%02d", 1 + line % 12, 1 + line % 28) + ",reading number " + line + "\n";
        out.write(row);
        written += row.length();
        line++;
      }
    }
    return line;
  }
}
