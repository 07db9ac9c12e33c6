package dev.joinery.benchmarks.tpch;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * TPC-H Q1, Q3 and Q6 three ways in one JVM and one Spark session: as Joinery jobs, as
 * hand-written Spark SQL, and as typed-Dataset lambdas. First every variant's answer at scale
 * factor 0.01 is checked against the official one; then each variant runs, in rotating order, a
 * warm-up and {@code --runs} timed times at {@code --sf}, and the medians and their ratios are
 * printed. Each run reads the Parquet tables and writes its result as Parquet.
 */
@Command(name = "tpch-benchmark", mixinStandardHelpOptions = true)
public final class TpchBenchmark implements Callable<Integer> {

  @Option(names = "--sf", description = "Scale factor of the timed runs (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  double scaleFactor;

  @Option(names = "--runs", description = "Timed runs per variant, after one warm-up (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  int runs;

  @Option(names = "--data", description = "Where generated tables are kept between runs (default: ${DEFAULT-VALUE}).",
      defaultValue = "target/tpch-data")
  Path dataRoot;

  @Option(names = "--check-only", description = "Only check the answers at scale factor 0.01.")
  boolean checkOnly;

  @Option(names = "--queries", split = ",", description = "Queries to run (default: ${DEFAULT-VALUE}).",
      defaultValue = "1,3,6")
  List<Integer> queries;

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  /** A way to answer a query: runs it over the tables in a directory and says where it wrote the result. */
  private record Variant(String name, Function<Path, Path> run) {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new TpchBenchmark()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession spark = JobLauncher.session("joinery-tpch", null, Map.of());
    try {
      Path small = TpchData.ensure(spark, dataRoot, 0.01);
      int problems = 0;
      for (int query : queries) {
        for (Variant variant : variants(spark, query)) {
          List<String> differences = OfficialAnswers.compare(query, readBack(spark, query, variant.run().apply(small)));
          System.out.printf("Q%d %-8s at SF 0.01: %s%n", query, variant.name(),
              differences.isEmpty() ? "matches the official answer" : differences);
          problems += differences.size();
        }
      }
      if (problems > 0 || checkOnly) {
        return problems > 0 ? 1 : 0;
      }
      Path data = TpchData.ensure(spark, dataRoot, scaleFactor);
      System.out.printf("%nTPC-H at SF %s, median of %d runs after a warm-up, %d cores, local Spark %s%n",
          scaleFactor, runs, Runtime.getRuntime().availableProcessors(), spark.version());
      System.out.printf("%-6s %12s %12s %12s %14s %16s%n", "query", "Joinery ms", "SQL ms", "Dataset ms",
          "Joinery/SQL", "Dataset/Joinery");
      for (int query : queries) {
        Map<String, Double> medians = time(variants(spark, query), data);
        double joinery = medians.get("Joinery");
        double sql = medians.get("SQL");
        double dataset = medians.get("Dataset");
        System.out.printf("Q%-5d %12.0f %12.0f %12.0f %14.2f %16.2f%n", query, joinery, sql, dataset,
            joinery / sql, dataset / joinery);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Median milliseconds per variant; the variants take turns going first so none always runs warmest. */
  private Map<String, Double> time(List<Variant> variants, Path data) {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    variants.forEach(v -> times.put(v.name(), new ArrayList<>()));
    for (int run = 0; run <= runs; run++) {
      List<Variant> order = new ArrayList<>(variants);
      Collections.rotate(order, run);
      for (Variant variant : order) {
        long start = System.nanoTime();
        variant.run().apply(data);
        double millis = (System.nanoTime() - start) / 1e6;
        if (run > 0) {
          times.get(variant.name()).add(millis);
        }
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    times.forEach((name, values) -> {
      Collections.sort(values);
      int n = values.size();
      medians.put(name, n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
    });
    return medians;
  }

  private static List<Variant> variants(SparkSession spark, int query) {
    JoineryJob job;
    String sql;
    Function<Path, Dataset<Row>> dataset;
    switch (query) {
      case 1:
        job = new JoineryQ1Job();
        sql = SparkSqlQueries.Q1;
        dataset = data -> DatasetQueries.q1(spark, data);
        break;
      case 3:
        job = new JoineryQ3Job();
        sql = SparkSqlQueries.Q3;
        dataset = data -> DatasetQueries.q3(spark, data);
        break;
      default:
        job = new JoineryQ6Job();
        sql = SparkSqlQueries.Q6;
        dataset = data -> DatasetQueries.q6(spark, data);
    }
    String name = "q" + query;
    return List.of(
        new Variant("Joinery", data -> {
          JobLauncher.run(job, spark, RunOptions.in(data), QUIET);
          return data.resolve("out/joinery").resolve(name);
        }),
        new Variant("SQL", data -> {
          SparkSqlQueries.registerTables(spark, data);
          return write(spark.sql(sql), data.resolve("out/sql").resolve(name));
        }),
        new Variant("Dataset", data -> write(dataset.apply(data), data.resolve("out/dataset").resolve(name))));
  }

  private static Path write(Dataset<Row> result, Path out) {
    result.write().mode("overwrite").parquet(out.toString());
    return out;
  }

  /** A written result in the query's order: reading part files back does not keep the order they were written in. */
  private static List<Row> readBack(SparkSession spark, int query, Path out) {
    Dataset<Row> result = spark.read().parquet(out.toString());
    switch (query) {
      case 1: return result.orderBy("returnFlag", "lineStatus").collectAsList();
      case 3: return result.orderBy(result.col("revenue").desc(), result.col("orderDate")).limit(10).collectAsList();
      default: return result.collectAsList();
    }
  }
}
