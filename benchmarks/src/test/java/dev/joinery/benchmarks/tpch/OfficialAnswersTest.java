package dev.joinery.benchmarks.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryJob;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Joinery TPC-H jobs give the official answers at scale factor 0.01. */
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

  /** Runs the job and reads back its Iceberg output table. */
  private static List<Row> run(JoineryJob job, String output) {
    JobLauncher.run(job, spark, RunOptions.in(data), new PrintStream(OutputStream.nullOutputStream()));
    return IcebergCatalogs.session(spark, CatalogLocation.forProject(data, Map.of()))
        .table(IcebergCatalogs.sparkName(output)).collectAsList();
  }

  @Test
  void q1() {
    List<Row> rows = run(new JoineryQ1Job(), "tpch.q1");
    List<Row> sorted = rows.stream()
        .sorted(java.util.Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(1))).toList();
    assertEquals(List.of(), OfficialAnswers.compare(1, sorted));
  }

  @Test
  void q3() {
    List<Row> rows = run(new JoineryQ3Job(), "tpch.q3");
    List<Row> top = rows.stream()
        .sorted(java.util.Comparator.comparing((Row r) -> r.getDecimal(1)).reversed()
            .thenComparing(r -> r.getLocalDate(2)))
        .limit(10).toList();
    assertEquals(List.of(), OfficialAnswers.compare(3, top));
  }

  @Test
  void q6() {
    assertEquals(List.of(), OfficialAnswers.compare(6, run(new JoineryQ6Job(), "tpch.q6")));
  }
}
