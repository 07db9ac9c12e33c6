package dev.joinery.benchmarks.ops;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code @Expect} rules cost a run: {@code bench_sensor_days} (a filter over every reading,
 * then an aggregate) reading the same CSV file through records without rules and with each kind of
 * rule, in one JVM and Spark session; medians and ratios to the run without rules.
 *
 * <p>Run with {@code ./benchmark-ops [megabytes] [runs]} (default 256 MB, 5 runs), after the spigot's.
 */
public final class ExpectationCostBenchmark {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  public static void main(String[] args) throws IOException {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path base = Files.createTempDirectory("joinery-rules-bench-");
    long rows = ReadingsFile.write(base.resolve("readings/part-0.csv"), megabytes * 1024L * 1024L);
    Files.createDirectories(base.resolve("devices"));
    Files.writeString(base.resolve("devices/devices.csv"), "device\n" + IntStream.range(0, ReadingsFile.DEVICES)
        .mapToObj(i -> "sensor-" + i + "\n").collect(Collectors.joining()));
    SparkSession spark = JobLauncher.session("joinery-rules-benchmark", null, Map.of());

    Map<String, JoineryJob> jobs = new LinkedHashMap<>();
    jobs.put("no rules", new JoinerySensorDaysJob());
    jobs.put("4 one-column rules (WARN)", new JoineryColumnsReadingsJob());
    jobs.put("1 range rule (QUARANTINE 0.5%)", new JoineryQuarantinedReadingsJob());
    jobs.put("condition on 2 columns (WARN)", new JoineryConditionedReadingsJob());
    jobs.put("unique id (WARN)", new JoineryUniqueReadingsJob());
    jobs.put("device in bench.devices (WARN)", new JoineryKnownReadingsJob());
    Map<String, Runnable> variants = new LinkedHashMap<>();
    jobs.forEach((name, job) -> variants.put(name, () -> JobLauncher.run(job, spark, RunOptions.in(base), QUIET)));
    RotatedRuns.measure(String.format("bench_sensor_days over %,d rows (%d MB CSV)", rows, megabytes), variants, runs);
    spark.stop();
  }
}
