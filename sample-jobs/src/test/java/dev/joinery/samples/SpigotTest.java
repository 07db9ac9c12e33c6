package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TableEntry;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.Spigot;
import dev.joinery.samples.testjobs.JoinerySpigotJob;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Spigot} in code: every run keeps its sample, registered in the catalog; a run's own spigot replaces it. */
class SpigotTest {
  @TempDir Path dir;

  @Test
  void aDeclaredSpigotKeepsItsSampleOnEveryRun() throws IOException {
    SparkSessions.copySampleData(dir);
    StringBuilder console = new StringBuilder();
    SparkSessions.run(new JoinerySpigotJob(), dir, console);

    List<String> rows = sampled(dir.resolve(".joinery/spigot/test_spigot/paid"));
    assertEquals(3, rows.size(), String.join("\n", rows));
    assertTrue(rows.stream().allMatch(r -> r.contains("\"status\":\"PAID\"")), rows.toString());
    assertTrue(console.toString().contains("spigot  paid"), console.toString());
    TableEntry table = JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of())).tables().stream()
        .filter(t -> t.name().equals("spigot.test_spigot_paid")).findFirst().orElseThrow();
    assertEquals("JSON", table.format());
    assertTrue(table.columns().stream().anyMatch(c -> c.name().equals("status")), table.columns().toString());
  }

  @Test
  void aRunsSpigotReplacesTheDeclaredOne() throws IOException {
    SparkSessions.copySampleData(dir);
    RunOptions options = RunOptions.in(dir).withSpigots(List.of(Spigot.parse("paid", "1", Spigot.DEFAULT_SEED)));
    JobLauncher.run(new JoinerySpigotJob(), SparkSessions.spark(), options,
        new PrintStream(java.io.OutputStream.nullOutputStream()));

    assertEquals(1, sampled(dir.resolve(".joinery/spigot/test_spigot/paid")).size());
  }

  private static List<String> sampled(Path folder) throws IOException {
    List<String> rows = new ArrayList<>();
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        rows.addAll(Files.readAllLines(file));
      }
    }
    return rows;
  }
}
