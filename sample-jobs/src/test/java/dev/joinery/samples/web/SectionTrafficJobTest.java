package dev.joinery.samples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs section_traffic on the sample access log and checks each section-day against plain Java. */
public class SectionTrafficJobTest {
  @TempDir Path dir;

  @Test
  void cutsTheSectionOutOfThePath() {
    assertEquals("products", SectionTrafficJob.section("/products/7"));
    assertEquals("products", SectionTrafficJob.section("/products"));
    assertEquals("search", SectionTrafficJob.section("/search?q=chair/table"));
    assertEquals("faq", SectionTrafficJob.section("/faq#returns"));
    assertEquals("home", SectionTrafficJob.section("/"));
    assertEquals("home", SectionTrafficJob.section("/?utm=mail"));
    assertEquals("home", SectionTrafficJob.section(""));
  }

  @Test
  void countsEachSectionsDay() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoinerySectionTrafficJob(), dir);

    Map<String, String> actual = readCsv(dir.resolve("data/reports/section_traffic"));
    Map<String, String> expected = expected(dir.resolve("data/raw/access_log"));
    assertTrue(expected.size() > 30, "the sample log spans a week and six sections: " + expected.size());
    assertEquals(expected, actual);
  }

  /**
   * What section_traffic writes for the access log files in {@code accessLog}, computed in plain
   * Java: {@code day/section -> "N requests, N by crawlers, N server errors, N visitors"}.
   */
  public static Map<String, String> expected(Path accessLog) throws IOException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Set<String>> visitors = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files(accessLog)) {
      for (String line : Files.readAllLines(file)) {
        JsonNode e = json.readTree(line);
        String path = e.get("path").asText();
        if (path.startsWith("/health")) {
          continue;
        }
        String key = LocalDate.ofInstant(Instant.parse(e.get("ts").asText()), ZoneOffset.UTC) + "/" + section(path);
        long[] c = counts.computeIfAbsent(key, k -> new long[3]);
        c[0]++;
        c[1] += e.path("userAgent").asText("").toLowerCase().contains("bot") ? 1 : 0;
        c[2] += e.get("status").asInt() >= 500 ? 1 : 0;
        Set<String> users = visitors.computeIfAbsent(key, k -> new HashSet<>());
        if (e.hasNonNull("userId")) {
          users.add(e.get("userId").asText());
        }
      }
    }
    Map<String, String> expected = new TreeMap<>();
    counts.forEach((k, c) -> expected.put(k, describe(c[0], c[1], c[2], visitors.get(k).size())));
    return expected;
  }

  /** The rows of the CSV table in {@code location}, as {@link #expected} describes them. */
  public static Map<String, String> readCsv(Path location) {
    Map<String, String> rows = new TreeMap<>();
    for (Path file : files(location)) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertEquals("day,section,requests,crawlerRequests,serverErrors,signedInVisitors", lines.get(0), file.toString());
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        String previous = rows.put(f[0] + "/" + f[1],
            describe(Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])));
        assertEquals(null, previous, "one row per section and day: " + line);
      }
    }
    return rows;
  }

  private static String describe(long requests, long crawlers, long errors, long visitors) {
    return requests + " requests, " + crawlers + " by crawlers, " + errors + " server errors, " + visitors + " visitors";
  }

  /** The independent spelling of SectionTrafficJob.section, so a bug there is not copied here. */
  private static String section(String path) {
    String p = path.split("[?#]", 2)[0];
    String first = p.replaceFirst("^/", "").split("/", 2)[0];
    return first.isEmpty() ? "home" : first;
  }

  /** The data files in a table's folder: names starting with {@code _} or {@code .} are not data. */
  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> data = files.filter(f -> !f.getFileName().toString().startsWith("_")
          && !f.getFileName().toString().startsWith(".")).sorted().toList();
      assertTrue(!data.isEmpty(), "no data files in " + folder);
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
