package dev.joinery.benchmarks.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of the 22 Joinery TPC-H jobs gives the official answer at scale factor 0.01. The module is
 * compiled with {@code -Ajoinery.requireTranslation=true}, so every step of them is a Spark
 * expression: a JVM step would have failed the build.
 */
class OfficialAnswersTest {
  @TempDir static Path root;
  static SparkSession spark;
  static Path data;

  @BeforeAll
  static void generate() {
    spark = JobLauncher.session("tpch-answers", "local[2]", Map.of("spark.sql.shuffle.partitions", "4"));
    data = TpchData.ensure(spark, root, 0.01);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static List<Integer> queries() {
    return TpchQueries.ALL.stream().map(TpchQueries.Query::number).toList();
  }

  @ParameterizedTest(name = "Q{0}")
  @MethodSource("queries")
  void matchesTheOfficialAnswer(int number) {
    TpchQueries.Query query = TpchQueries.number(number);
    JobLauncher.run(query.job().get(), spark, RunOptions.in(data), new PrintStream(OutputStream.nullOutputStream()));
    List<Row> written = IcebergCatalogs.session(spark, CatalogLocation.forProject(data, Map.of()))
        .table(IcebergCatalogs.sparkName(query.output())).collectAsList();
    assertEquals(List.of(), OfficialAnswers.compare(number, written));
  }
}
