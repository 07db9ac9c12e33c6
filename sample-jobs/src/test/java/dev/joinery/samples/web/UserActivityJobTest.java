package dev.joinery.samples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs user_activity on the sample access log and checks each user-day against plain Java. */
class UserActivityJobTest {
  @TempDir Path dir;

  @Test
  void summarisesEachSignedInUsersDay() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoineryUserActivityJob(), dir);

    Map<String, String> actual = new TreeMap<>();
    for (Row r : SparkSessions.table(dir, "curated.user_daily_activity")
        .collectAsList()) {
      actual.put(r.getLocalDate(0) + "/" + r.getString(1), r.getLong(2) + " views, " + r.getLong(3) + " pages, "
          + r.getLong(4) + " bytes, " + r.getLong(5) + " errors, " + r.getInstant(6) + ".." + r.getInstant(7));
    }
    assertEquals(expected(), actual);
  }

  private Map<String, String> expected() throws IOException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Set<String>> pages = new TreeMap<>();
    Map<String, Instant[]> span = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("data/raw/access_log/access_log.json"))) {
      JsonNode e = json.readTree(line);
      String agent = e.path("userAgent").asText("");
      if (!e.hasNonNull("userId") || agent.toLowerCase().contains("bot") || e.get("path").asText().startsWith("/health")) {
        continue;
      }
      Instant ts = Instant.parse(e.get("ts").asText());
      String key = LocalDate.ofInstant(ts, ZoneOffset.UTC) + "/" + e.get("userId").asText();
      long[] c = counts.computeIfAbsent(key, k -> new long[3]);
      c[0]++;
      c[1] += e.hasNonNull("bytes") ? e.get("bytes").asLong() : 0;
      c[2] += e.get("status").asInt() >= 500 ? 1 : 0;
      pages.computeIfAbsent(key, k -> new HashSet<>()).add(e.get("path").asText());
      Instant[] s = span.computeIfAbsent(key, k -> new Instant[] {ts, ts});
      s[0] = ts.isBefore(s[0]) ? ts : s[0];
      s[1] = ts.isAfter(s[1]) ? ts : s[1];
    }
    Map<String, String> expected = new TreeMap<>();
    counts.forEach((k, c) -> expected.put(k, c[0] + " views, " + pages.get(k).size() + " pages, " + c[1] + " bytes, "
        + c[2] + " errors, " + span.get(k)[0] + ".." + span.get(k)[1]));
    return expected;
  }
}
