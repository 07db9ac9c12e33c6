package dev.joinery.samples.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.joinery.runtime.Values;
import dev.joinery.samples.SparkSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Runs one batch of rows through a step's Java method and through its translation to Spark, and
 * asserts the same outcome row by row: the same values where Java returns, a failure where Java
 * throws.
 */
final class Differential {
  /** Rows on which Java throws are each run alone through Spark; a few per batch keeps tries fast. */
  private static final int FAILURES_CHECKED = 3;

  private Differential() {}

  static void filter(List<Sample> batch, Predicate<Sample> java, Column condition) {
    List<Sample> ok = new ArrayList<>();
    List<Boolean> expected = new ArrayList<>();
    List<Sample> failing = new ArrayList<>();
    for (Sample x : batch) {
      try {
        expected.add(java.test(x));
        ok.add(x);
      } catch (RuntimeException javaFailure) {
        failing.add(x);
      }
    }
    List<Boolean> actual = input(ok).select(condition.as("keep")).collectAsList().stream()
        .map(r -> r.getBoolean(0)).toList();
    assertEquals(expected, actual, () -> "filter results differ on " + ok);
    expectFailures(failing, x -> input(List.of(x)).select(condition).collectAsList());
  }

  static <R> void map(List<Sample> batch, Function<Sample, R> java, Function<R, Row> toRow, Column[] columns,
      StructType output) {
    List<Sample> ok = new ArrayList<>();
    List<Row> expectedRows = new ArrayList<>();
    List<Sample> failing = new ArrayList<>();
    for (Sample x : batch) {
      try {
        expectedRows.add(toRow.apply(java.apply(x)));
        ok.add(x);
      } catch (RuntimeException javaFailure) {
        failing.add(x);
      }
    }
    // The JVM path stores the Java results through Spark's row encoder; compare what each path stores.
    List<String> expected = spark().createDataFrame(expectedRows, output).collectAsList().stream()
        .map(Row::toString).toList();
    List<String> actual = Values.conform(input(ok).select(columns), output).collectAsList().stream()
        .map(Row::toString).toList();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "for " + ok.get(i));
    }
    assertEquals(expected.size(), actual.size());
    expectFailures(failing, x -> Values.conform(input(List.of(x)).select(columns), output).collectAsList());
  }

  private static void expectFailures(List<Sample> failing, java.util.function.Consumer<Sample> translated) {
    for (Sample x : failing.subList(0, Math.min(FAILURES_CHECKED, failing.size()))) {
      assertThrows(Exception.class, () -> translated.accept(x), () -> "Java throws on " + x + " but Spark does not");
    }
  }

  private static Dataset<Row> input(List<Sample> samples) {
    return spark().createDataFrame(samples.stream().map(SampleRows::toRow).toList(), SampleRows.SCHEMA);
  }

  private static SparkSession spark() {
    return SparkSessions.spark();
  }
}
