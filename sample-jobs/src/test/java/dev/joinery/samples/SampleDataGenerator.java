package dev.joinery.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the sample data under {@code sample-jobs/data/raw}. It was run once and its output is
 * committed; it stays here so the data can be regenerated (same seed, same bytes) or enlarged.
 *
 * <p>Messy on purpose: empty prices and quantities, prices that are not numbers, statuses the
 * business rules do not know, customers without a name or country, duplicated customers, bot
 * traffic and anonymous requests in the log.
 */
public final class SampleDataGenerator {
  private static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "PL", "ES", "IT", "SE");
  private static final List<String> STATUSES = List.of("PAID", "PAID", "PAID", "PAID", "PENDING", "CANCELLED");
  private static final List<String> TIERS = List.of("STANDARD", "STANDARD", "SILVER", "GOLD");
  private static final List<String> PATHS = List.of("/", "/products", "/products/42", "/products/7", "/cart",
      "/checkout", "/account", "/search?q=chair", "/health");
  private static final List<String> AGENTS = List.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
      "Mozilla/5.0 (Macintosh) Safari/605.1.15", "Googlebot/2.1 (+http://www.google.com/bot.html)");

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "data/raw");
    Random random = new Random(20261121L);
    writeCustomers(root.resolve("customers/customers.json"), random);
    writeOrders(root.resolve("orders/orders.csv"), random);
    writeAccessLog(root.resolve("access_log/access_log.json"), random);
  }

  private static void writeCustomers(Path file, Random random) throws IOException {
    Files.createDirectories(file.getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int id = 1; id <= 300; id++) {
        StringBuilder json = new StringBuilder("{\"id\":" + id);
        if (random.nextInt(25) != 0) {
          json.append(",\"name\":\"Customer ").append(id).append('"');
        }
        if (random.nextInt(20) != 0) {
          json.append(",\"country\":\"").append(pick(COUNTRIES, random)).append('"');
        }
        json.append(",\"tier\":\"").append(pick(TIERS, random)).append('"');
        json.append(",\"signedUpAt\":\"").append(Instant.parse("2024-01-01T00:00:00Z")
            .plusSeconds(random.nextInt(60 * 86400))).append("\"}");
        out.println(json);
        if (id % 50 == 0) {
          out.println(json); // the CRM export repeats some customers
        }
      }
    }
  }

  private static void writeOrders(Path file, Random random) throws IOException {
    Files.createDirectories(file.getParent());
    LocalDate start = LocalDate.of(2026, 10, 1);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("orderId,customerId,status,price,quantity,orderDate");
      for (int id = 1; id <= 3000; id++) {
        long customer = 1 + random.nextInt(320); // a few customers are not in the CRM
        String status = random.nextInt(100) == 0 ? "REFUNDED?" : pick(STATUSES, random);
        String price = String.format(Locale.ROOT, "%.2f", 2 + random.nextInt(20000) / 100.0);
        int roll = random.nextInt(100);
        if (roll == 0) {
          price = "";
        } else if (roll == 1) {
          price = "12.5O"; // a typo: the letter O for a zero
        }
        String quantity = random.nextInt(80) == 0 ? "" : String.valueOf(1 + random.nextInt(5));
        LocalDate day = start.plusDays(random.nextInt(14));
        out.println(id + "," + customer + "," + status + "," + price + "," + quantity + "," + day);
      }
    }
  }

  private static void writeAccessLog(Path file, Random random) throws IOException {
    Files.createDirectories(file.getParent());
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int i = 0; i < 5000; i++) {
        Instant ts = start.plusSeconds(random.nextInt(7 * 86400));
        String user = random.nextInt(6) == 0 ? null : "u" + (1 + random.nextInt(120));
        int status = random.nextInt(40) == 0 ? 503 : random.nextInt(15) == 0 ? 404 : 200;
        StringBuilder json = new StringBuilder("{\"ts\":\"" + ts + "\"");
        if (user != null) {
          json.append(",\"userId\":\"").append(user).append('"');
        }
        json.append(",\"method\":\"GET\",\"path\":\"").append(pick(PATHS, random)).append('"');
        json.append(",\"status\":").append(status);
        if (random.nextInt(30) != 0) {
          json.append(",\"bytes\":").append(200 + random.nextInt(50000));
        }
        json.append(",\"userAgent\":\"").append(pick(AGENTS, random)).append("\"}");
        out.println(json);
      }
    }
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
