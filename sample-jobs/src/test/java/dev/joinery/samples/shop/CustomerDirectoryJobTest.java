package dev.joinery.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs customer_directory (drop nulls, dedup, semi join, select, sort) and checks the CSV it writes. */
class CustomerDirectoryJobTest {
  @TempDir Path dir;

  @Test
  void writesEachBuyerOnceSortedByCountryAndName() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoineryCustomerDirectoryJob(), dir);

    List<String> actual = new ArrayList<>();
    String header = null;
    try (Stream<Path> files = Files.list(dir.resolve("data/curated/customer_directory"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        header = lines.get(0);
        actual.addAll(lines.subList(1, lines.size()));
      }
    }
    assertEquals("customerId,customerName,country,tier", header);
    assertEquals(expectedDirectory(), actual);
  }

  private List<String> expectedDirectory() throws IOException {
    Set<Long> buyers = new HashSet<>();
    List<String> orders = Files.readAllLines(dir.resolve("data/raw/orders/orders.csv"));
    for (String line : orders.subList(1, orders.size())) {
      String[] o = DailyRevenueJobTest.parseOrder(line);
      if (o != null) {
        buyers.add(Long.parseLong(o[1]));
      }
    }
    Map<Long, JsonNode> customers = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("data/raw/customers/customers.json"))) {
      JsonNode c = json.readTree(line);
      if (c.hasNonNull("name") && c.hasNonNull("country") && buyers.contains(c.get("id").asLong())) {
        customers.putIfAbsent(c.get("id").asLong(), c);
      }
    }
    return customers.values().stream()
        .sorted(Comparator.comparing((JsonNode c) -> c.get("country").asText()).thenComparing(c -> c.get("name").asText()))
        .map(c -> c.get("id").asLong() + "," + c.get("name").asText() + "," + c.get("country").asText() + ","
            + c.get("tier").asText())
        .toList();
  }
}
