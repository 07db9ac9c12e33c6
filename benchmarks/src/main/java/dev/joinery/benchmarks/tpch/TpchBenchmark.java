package dev.joinery.benchmarks.tpch;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.runtime.JobLauncher;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The 22 TPC-H queries in one JVM and one Spark session: as Joinery jobs, as the official query
 * texts run by Spark SQL, and (Q1, Q3 and Q6) as typed-Dataset lambdas. First every variant's
 * answer at scale factor 0.01 is checked against the official one; then each variant runs, in
 * rotating order, a warm-up and {@code --runs} timed times at {@code --sf}, and the medians, their
 * ratios and their geometric means are printed. Each run reads the Parquet tables and writes its
 * result to an Iceberg table of the same catalog; another variant, Spark SQL writing plain Parquet,
 * shows what the Iceberg commit costs.
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

  @Option(names = "--queries", split = ",", description = "Queries to run, as 1,3,6 (default: all 22).")
  List<Integer> queries = TpchQueries.ALL.stream().map(TpchQueries.Query::number).toList();

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
          List<String> differences = OfficialAnswers.compare(query, variant.run().apply(small).collectAsList());
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
      List<Double> joineryToSql = new ArrayList<>();
      List<Double> icebergToParquet = new ArrayList<>();
      for (int query : queries) {
        Map<String, Double> medians = time(variants(spark, query), data);
        double joinery = medians.get("Joinery");
        double sql = medians.get("SQL");
        double parquet = medians.get("SQL->Parquet");
        Double dataset = medians.get("Dataset");
        joineryToSql.add(joinery / sql);
        icebergToParquet.add(sql / parquet);
        System.out.printf("Q%-5d %12.0f %12.0f %12s %18.0f %14.2f %16s %22.2f%n", query, joinery, sql,
            dataset == null ? "-" : String.format("%.0f", dataset), parquet, joinery / sql,
            dataset == null ? "-" : String.format("%.2f", dataset / joinery), sql / parquet);
      }
      System.out.printf("%-6s %12s %12s %12s %18s %14.2f %16s %22.2f%n", "geomean", "", "", "", "",
          geometricMean(joineryToSql), "", geometricMean(icebergToParquet));
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

  private static double geometricMean(List<Double> ratios) {
    return Math.exp(ratios.stream().mapToDouble(Math::log).average().orElse(0));
  }

  private List<Variant> variants(SparkSession spark, int query) {
    TpchQueries.Query joinery = TpchQueries.number(query);
    String name = "q" + query;
    List<Variant> variants = new ArrayList<>(List.of(
        new Variant("Joinery", data -> {
          JobLauncher.run(joinery.job().get(), spark, RunOptions.in(data), QUIET);
          return session(spark, data).table(IcebergCatalogs.sparkName(joinery.output()));
        }),
        new Variant("SQL", data -> {
          OfficialSql.registerTables(session(spark, data), data);
          return writeIceberg(OfficialSql.query(session(spark, data), query), "tpch_sql." + name);
        }),
        new Variant("SQL->Parquet", data -> {
          OfficialSql.registerTables(spark, data);
          Path out = data.resolve("out/sql").resolve(name);
          OfficialSql.query(spark, query).write().mode("overwrite").parquet(out.toString());
          return spark.read().parquet(out.toString());
        })));
    BiFunction<SparkSession, Path, Dataset<Row>> dataset = query == 1 ? DatasetQueries::q1
        : query == 3 ? DatasetQueries::q3 : query == 6 ? DatasetQueries::q6 : null;
    if (dataset != null) {
      variants.add(new Variant("Dataset",
          data -> writeIceberg(dataset.apply(session(spark, data), data), "tpch_dataset." + name)));
    }
    return variants;
  }

  private SparkSession session(SparkSession spark, Path data) {
    return sessions.computeIfAbsent(data, d -> {
      SparkSession session = IcebergCatalogs.session(spark, CatalogLocation.forProject(d, System.getenv()));
      session.sql("CREATE NAMESPACE IF NOT EXISTS " + IcebergCatalogs.NAME + ".tpch_sql");
      session.sql("CREATE NAMESPACE IF NOT EXISTS " + IcebergCatalogs.NAME + ".tpch_dataset");
      return session;
    });
  }

  /** The hand-written way to replace an Iceberg table's rows: one commit, whatever the table held before. */
  private static Dataset<Row> writeIceberg(Dataset<Row> result, String table) {
    String name = IcebergCatalogs.sparkName(table);
    try {
      result.writeTo(name).createOrReplace();
    } catch (Exception e) {
      throw new IllegalStateException("writing " + name, e);
    }
    return result.sparkSession().table(name);
  }

}
