package dev.joinery.benchmarks.ops;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.Spigot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    long rows = ReadingsFile.write(base.resolve("readings/part-0.csv"), megabytes * 1024L * 1024L);
    SparkSession spark = JobLauncher.session("joinery-ops-benchmark", null, Map.of());

    Map<String, Runnable> variants = new LinkedHashMap<>();
    variants.put("no spigot", () -> run(spark, base, List.of()));
    variants.put("spigot positive=100", () -> run(spark, base,
        List.of(Spigot.parse("positive", "100", Spigot.DEFAULT_SEED))));
    variants.put("spigot positive=0.01", () -> run(spark, base,
        List.of(Spigot.parse("positive", "0.01", Spigot.DEFAULT_SEED))));
    RotatedRuns.measure(String.format("bench_sensor_days over %,d rows (%d MB CSV)", rows, megabytes), variants, runs);
    spark.stop();
  }

  private static void run(SparkSession spark, Path base, List<Spigot> spigots) {
    JobLauncher.run(new JoinerySensorDaysJob(), spark, RunOptions.in(base).withSpigots(spigots), QUIET);
  }
}
