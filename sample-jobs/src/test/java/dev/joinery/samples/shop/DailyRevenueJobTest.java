package dev.joinery.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs daily_revenue on the committed sample data and checks every output row against the same
 * business rules computed here in plain Java, straight from the raw files.
 */
class DailyRevenueJobTest {
  @TempDir static Path dir;
  static RunReport report;
  static StringBuilder console = new StringBuilder();

  @BeforeAll
  static void run() throws IOException {
    SparkSessions.copySampleData(dir);
    report = SparkSessions.run(new JoineryDailyRevenueJob(), dir, console);
  }

  @Test
  void writesRevenuePerDayAndCountry() throws IOException {
    Map<String, Object[]> expected = expectedRevenue();
    List<Row> rows = SparkSessions.table(dir, "curated.daily_revenue")
        .collectAsList();

    Map<String, Object[]> actual = new TreeMap<>();
    for (Row row : rows) {
      LocalDate day = row.getLocalDate(row.fieldIndex("day"));
      actual.put(day + "/" + row.getString(row.fieldIndex("country")), new Object[] {
          row.getDecimal(row.fieldIndex("revenue")), row.getLong(row.fieldIndex("orders")),
          row.getLong(row.fieldIndex("customers"))});
    }
    assertEquals(expected.keySet(), actual.keySet());
    for (String key : expected.keySet()) {
      Object[] e = expected.get(key);
      Object[] a = actual.get(key);
      assertEquals(0, ((BigDecimal) e[0]).compareTo((BigDecimal) a[0]), key + " revenue " + e[0] + " vs " + a[0]);
      assertEquals(e[1], a[1], key + " orders");
      assertEquals(e[2], a[2], key + " customers");
    }
  }

  @Test
  void reportsRowsReadSkippedAndWritten() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("data/raw/orders/orders.csv"));
    long malformed = lines.stream().skip(1).filter(l -> parseOrder(l) == null).count();
    assertTrue(malformed > 0, "the sample data has malformed orders");
    assertEquals(lines.size() - 1, report.rowsRead().get("raw.orders"), "every data line is read, skipped ones included");
    assertEquals(malformed, report.skippedRows().get("raw.orders"));
    assertTrue(report.firstSkipped().get("raw.orders").contains("column price"), report.firstSkipped().toString());
    assertEquals(expectedRevenue().size(), report.rowsWritten().get("curated.daily_revenue"));
    assertTrue(console.toString().contains("wrote   curated.daily_revenue"), console.toString());
    // An Iceberg table at the table's location, partitioned by day as the table says.
    assertTrue(Files.isDirectory(dir.resolve("data/curated/daily_revenue/metadata")));
    assertTrue(Files.isDirectory(dir.resolve("data/curated/daily_revenue/data/day=2026-10-01")));
  }

  /** day/country to {revenue, orders, distinct customers}, following the job's Javadoc, not its code. */
  private static Map<String, Object[]> expectedRevenue() throws IOException {
    Map<Long, String> countries = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("data/raw/customers/customers.json"))) {
      JsonNode c = json.readTree(line);
      countries.put(c.get("id").asLong(), c.hasNonNull("country") ? c.get("country").asText() : "unknown");
    }
    Map<String, BigDecimal> revenue = new TreeMap<>();
    Map<String, Long> orders = new HashMap<>();
    Map<String, Set<Long>> customers = new HashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("data/raw/orders/orders.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] o = parseOrder(line);
      if (o == null || !o[2].equals("PAID") || o[3].isEmpty() || o[4].isEmpty()) {
        continue;
      }
      long customer = Long.parseLong(o[1]);
      if (!countries.containsKey(customer)) {
        continue; // inner join: orders of customers the CRM does not know are dropped
      }
      String key = o[5] + "/" + countries.get(customer);
      revenue.merge(key, new BigDecimal(o[3]).multiply(BigDecimal.valueOf(Integer.parseInt(o[4]))), BigDecimal::add);
      orders.merge(key, 1L, Long::sum);
      customers.computeIfAbsent(key, k -> new HashSet<>()).add(customer);
    }
    Map<String, Object[]> expected = new TreeMap<>();
    revenue.forEach((k, v) -> expected.put(k, new Object[] {v, orders.get(k), (long) customers.get(k).size()}));
    return expected;
  }

  /** The fields of a well-formed order line, or null if a value does not fit its column. */
  static String[] parseOrder(String line) {
    String[] f = line.split(",", -1);
    try {
      Long.parseLong(f[0]);
      Long.parseLong(f[1]);
      if (!f[3].isEmpty()) {
        new BigDecimal(f[3]);
      }
      if (!f[4].isEmpty()) {
        Integer.parseInt(f[4]);
      }
      LocalDate.parse(f[5]);
      return f;
    } catch (RuntimeException malformed) {
      return null;
    }
  }
}
