package dev.joinery.benchmarks.tpch;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * TPC-H Q1, Q3 and Q6 three ways in one JVM and one Spark session: as Joinery jobs, as
 * hand-written Spark SQL, and as typed-Dataset lambdas. First every variant's answer at scale
 * factor 0.01 is checked against the official one; then each variant runs, in rotating order, a
 * warm-up and {@code --runs} timed times at {@code --sf}, and the medians and their ratios are
 * printed. Each run reads the Parquet tables and writes its result to an Iceberg table of the same
 * catalog; a fourth variant, Spark SQL writing plain Parquet, shows what the Iceberg commit costs.
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

  /** A way to answer a query: runs it over the tables in a directory and returns what it wrote. */
  private record Variant(String name, Function<Path, Dataset<Row>> run) {}

  /** Per data directory, a session whose Iceberg catalog is that directory's project catalog. */
  private final Map<Path, SparkSession> sessions = new LinkedHashMap<>();

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
          List<String> differences = OfficialAnswers.compare(query, readBack(query, variant.run().apply(small)));
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
      System.out.printf("%-6s %12s %12s %12s %18s %14s %16s %22s%n", "query", "Joinery ms", "SQL ms", "Dataset ms",
          "SQL->Parquet ms", "Joinery/SQL", "Dataset/Joinery", "SQL Iceberg/Parquet");
      for (int query : queries) {
        Map<String, Double> medians = time(variants(spark, query), data);
        double joinery = medians.get("Joinery");
        double sql = medians.get("SQL");
        double dataset = medians.get("Dataset");
        double parquet = medians.get("SQL->Parquet");
        System.out.printf("Q%-5d %12.0f %12.0f %12.0f %18.0f %14.2f %16.2f %22.2f%n", query, joinery, sql, dataset,
            parquet, joinery / sql, dataset / joinery, sql / parquet);
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

  private List<Variant> variants(SparkSession spark, int query) {
    JoineryJob job;
    String sql;
    BiFunction<SparkSession, Path, Dataset<Row>> dataset;
    switch (query) {
      case 1:
        job = new JoineryQ1Job();
        sql = SparkSqlQueries.Q1;
        dataset = DatasetQueries::q1;
        break;
      case 3:
        job = new JoineryQ3Job();
        sql = SparkSqlQueries.Q3;
        dataset = DatasetQueries::q3;
        break;
      default:
        job = new JoineryQ6Job();
        sql = SparkSqlQueries.Q6;
        dataset = DatasetQueries::q6;
    }
    String name = "q" + query;
    return List.of(
        new Variant("Joinery", data -> {
          JobLauncher.run(job, spark, RunOptions.in(data), QUIET);
          return session(spark, data).table(IcebergCatalogs.sparkName("tpch." + name));
        }),
        new Variant("SQL", data -> {
          SparkSqlQueries.registerTables(session(spark, data), data);
          return writeIceberg(session(spark, data).sql(sql), "tpch_sql." + name);
        }),
        new Variant("Dataset", data -> writeIceberg(dataset.apply(session(spark, data), data), "tpch_dataset." + name)),
        new Variant("SQL->Parquet", data -> {
          SparkSqlQueries.registerTables(spark, data);
          Path out = data.resolve("out/sql").resolve(name);
          spark.sql(sql).write().mode("overwrite").parquet(out.toString());
          return spark.read().parquet(out.toString());
        }));
  }

  private SparkSession session(SparkSession spark, Path data) {
    return sessions.computeIfAbsent(data, d -> {
      SparkSession session = IcebergCatalogs.session(spark, CatalogLocation.forProject(d, System.getenv()));
      session.sql("CREATE NAMESPACE IF NOT EXISTS " + IcebergCatalogs.NAME + ".tpch_sql");
      session.sql("CREATE NAMESPACE IF NOT EXISTS " + IcebergCatalogs.NAME + ".tpch_dataset");
      return session;
    });
  }

  /** The hand-written way to replace an Iceberg table's rows: one overwrite commit. */
  private static Dataset<Row> writeIceberg(Dataset<Row> result, String table) {
    String name = IcebergCatalogs.sparkName(table);
    try {
      if (result.sparkSession().catalog().tableExists(name)) {
        result.writeTo(name).overwrite(functions.lit(true));
      } else {
        result.writeTo(name).create();
      }
    } catch (Exception e) {
      throw new IllegalStateException("writing " + name, e);
    }
    return result.sparkSession().table(name);
  }

  /** A written result in the query's order: reading part files back does not keep the order they were written in. */
  private static List<Row> readBack(int query, Dataset<Row> result) {
    switch (query) {
      case 1: return result.orderBy("returnFlag", "lineStatus").collectAsList();
      case 3: return result.orderBy(result.col("revenue").desc(), result.col("orderDate")).limit(10).collectAsList();
      default: return result.collectAsList();
    }
  }
}
