package dev.joinery.benchmarks.tpch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The query texts trino-tpch ships beside its answers, run as Spark SQL over the same Parquet
 * files: the baseline is the official SQL, not a rewrite. The files' columns are camelCase
 * ({@code orderKey}); views give them the specification's names ({@code l_orderkey}).
 */
final class OfficialSql {
  private OfficialSql() {}

  /** Per table, its column prefix in the specification. */
  private static final Map<String, String> PREFIXES = Map.of("lineitem", "l_", "orders", "o_", "customer", "c_",
      "part", "p_", "supplier", "s_", "partsupp", "ps_", "nation", "n_", "region", "r_");

  /** Where the specification's name is not the prefix and the lower-cased camelCase name. */
  private static final Map<String, String> SPEC_NAMES = Map.of("custKey", "custkey", "suppKey", "suppkey",
      "totalPrice", "totalprice");

  /** Registers each table as a view with the specification's column names. */
  static void registerTables(SparkSession spark, Path data) {
    PREFIXES.forEach((table, prefix) -> {
      Dataset<Row> files = spark.read().parquet(data.resolve(table).toString());
      String columns = Arrays.stream(files.columns())
          .map(c -> "`" + c + "` AS " + prefix + SPEC_NAMES.getOrDefault(c, c.toLowerCase(java.util.Locale.ROOT)))
          .collect(Collectors.joining(", "));
      files.createOrReplaceTempView(table + "_files");
      spark.sql("CREATE OR REPLACE TEMP VIEW " + table + " AS SELECT " + columns + " FROM " + table + "_files");
    });
  }

  /** The text of query {@code number}, as shipped. */
  static String text(int number) {
    String resource = "io/trino/tpch/queries/q" + number + ".sql";
    try (InputStream in = io.trino.tpch.TpchTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " in the tpch jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of the query text, not counting comments and blank lines. */
  static long lines(int number) {
    return text(number).lines().filter(l -> !l.isBlank() && !l.strip().startsWith("--")).count();
  }

  /**
   * Runs query {@code number} over the registered views. The texts are Trino's; two things Spark
   * writes otherwise are changed: a typed decimal literal ({@code decimal '0.06'}) is a plain one
   * ({@code 0.06}, a decimal in Spark too), and Q15's view is temporary, since it reads temporary
   * views.
   */
  static Dataset<Row> query(SparkSession spark, int number) {
    // Comment lines go first: the header comment holds semicolons too.
    String code = text(number).lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    List<String> statements = Arrays.stream(code.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW")
            .replaceAll("(?i)decimal '([0-9.]+)'", "$1"))
        .toList();
    statements.subList(0, statements.size() - 1).forEach(spark::sql);
    return spark.sql(statements.get(statements.size() - 1));
  }
}
