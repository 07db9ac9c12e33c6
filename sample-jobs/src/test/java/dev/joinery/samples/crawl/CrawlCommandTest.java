package dev.joinery.samples.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.cli.JoineryCli;
import dev.joinery.samples.SparkSessions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code joinery crawl} as a user types it: a new table, then drift that fails a CI build. */
class CrawlCommandTest {
  @TempDir Path dir;

  @Test
  void crawlsWritesRegistersThenFailsOnDrift() throws IOException {
    SparkSessions.spark(); // the command reuses the running session
    Path data = Files.createDirectories(dir.resolve("data/landing/devices"));
    Files.writeString(data.resolve("devices.csv"), "device_id;installed_on;max_watts\nd1;2025-03-01;1200\nd2;2025-07-15;800\n");

    String created = execute(0, "crawl", "data/landing/devices", "--table", "landing.devices", "--package", "com.example",
        "--source-root", dir.resolve("src").toString(), "--base-dir", dir.toString());
    Path record = dir.resolve("src/com/example/Devices.java");
    assertTrue(created.contains("Wrote " + record), created);
    assertTrue(created.contains("Registered landing.devices in the catalog."), created);
    String source = Files.readString(record);
    assertTrue(source.contains("delimiter = \";\""), source);
    assertTrue(source.contains("@Column(\"max_watts\") long maxWatts"), source);

    Files.writeString(data.resolve("devices.csv"), "device_id;installed_on;max_watts\nd1;2025-03-01;1200.5\nd2;;800\n");
    String drifted = execute(1, "crawl", "data/landing/devices", "--table", "landing.devices",
        "--source-root", dir.resolve("src").toString(), "--base-dir", dir.toString(), "--on-drift", "fail", "--json");
    JsonNode json = new ObjectMapper().readTree(drifted.substring(drifted.indexOf('{')));
    JsonNode table = json.get("tables").get(0);
    assertTrue(table.get("drifted").asBoolean());
    assertEquals("RETYPED", table.get("changes").get(0).get("kind").asText());
    assertEquals("max_watts", table.get("changes").get(0).get("column").asText());
    assertEquals("bigint", table.get("changes").get(0).get("before").asText());
    assertEquals("decimal(10,1)", table.get("changes").get(0).get("after").asText());
    assertEquals(source, Files.readString(record)); // fail changes nothing
  }

  private static String execute(int expectedExit, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = new CommandLine(new JoineryCli()).execute(args);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedExit, exit, out);
    return out;
  }
}
