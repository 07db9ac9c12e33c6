package dev.joinery.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** top_markets reads what daily_revenue wrote (Iceberg), filters it in the scan, and ranks it. */
class TopMarketsJobTest {
  @TempDir Path dir;

  @Test
  void ranksStrongCountryDays() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoineryDailyRevenueJob(), dir);
    RunReport report = SparkSessions.run(new JoineryTopMarketsJob(), dir);
    // Rows read are the table's rows: not fewer after the pushed filter, not doubled by the sort's sampling.
    assertEquals(SparkSessions.table(dir, "curated.daily_revenue").count(), report.rowsRead().get("curated.daily_revenue"));

    List<String> expected = SparkSessions.table(dir, "curated.daily_revenue")
        .collectAsList().stream()
        .filter(r -> r.getLong(r.fieldIndex("orders")) >= 20
            && r.getDecimal(r.fieldIndex("revenue")).compareTo(BigDecimal.valueOf(2000)) > 0)
        .sorted(Comparator.comparing((Row r) -> r.getDecimal(r.fieldIndex("revenue"))).reversed()
            .thenComparing(r -> r.getLocalDate(r.fieldIndex("day")))
            .thenComparing(r -> r.getString(r.fieldIndex("country"))))
        .map(r -> r.getLocalDate(r.fieldIndex("day")) + "," + r.getString(r.fieldIndex("country")) + ","
            + r.getDecimal(r.fieldIndex("revenue")) + "," + r.getLong(r.fieldIndex("orders")))
        .toList();
    assertFalse(expected.isEmpty(), "the sample data has strong days");

    List<String> actual = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("data/reports/top_markets"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        assertEquals("day,country,revenue,orders", lines.get(0));
        actual.addAll(lines.subList(1, lines.size()));
      }
    }
    assertEquals(expected, actual);
  }
}
