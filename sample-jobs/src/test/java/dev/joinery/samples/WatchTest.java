package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code joinery watch} in a JVM of its own over a project in a temporary folder: it shows the
 * job's rows, and after a step's source is edited, the rows of the edited step. The step runs on
 * the JVM (a flat map over a stream), so its new code must reach Spark's executors: a context that
 * kept the old classes would show the old rows.
 */
class WatchTest {
  private static final String JOB = """
      package watchdemo;

      import dev.joinery.annotations.FlatMap;
      import dev.joinery.annotations.Job;
      import dev.joinery.annotations.Sink;
      import java.util.stream.Stream;

      @Job(name = "watch_labels")
      final class LabelJob {
        @FlatMap
        @Sink
        static Stream<Label> label(Reading r) {
          return Stream.of(new Label(r.sensor(), "%s"));
        }
      }
      """;

  @Test
  void showsTheRowsOfTheEditedStep(@TempDir Path project) throws Exception {
    Path sources = project.resolve("src/main/java/watchdemo");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("Reading.java"), """
        package watchdemo;

        import dev.joinery.annotations.Format;
        import dev.joinery.annotations.Table;

        @Table(name = "raw.watch_readings", location = "data/readings", format = Format.CSV)
        public record Reading(String sensor, double value) {}
        """);
    Files.writeString(sources.resolve("Label.java"), """
        package watchdemo;

        import dev.joinery.annotations.Format;
        import dev.joinery.annotations.Table;

        @Table(name = "curated.watch_labels", location = "data/labels", format = Format.PARQUET)
        public record Label(String sensor, String label) {}
        """);
    Files.writeString(sources.resolve("LabelJob.java"), JOB.formatted("first"));
    Files.createDirectories(project.resolve("data/readings"));
    Files.writeString(project.resolve("data/readings/r.csv"), "sensor,value\ns1,1.5\n");

    Process watch = start(project);
    List<String> lines = new ArrayList<>();
    Thread reader = read(watch, lines);
    try {
      awaitLine(lines, 1, Duration.ofSeconds(120));
      assertTrue(String.join("\n", lines).contains("s1      first"), String.join("\n", lines));

      Files.writeString(sources.resolve("LabelJob.java"), JOB.formatted("second"));
      awaitLine(lines, 2, Duration.ofSeconds(60));
      String second = String.join("\n", lines);
      assertTrue(second.substring(second.indexOf("Changed; compiling")).contains("s1      second"), second);
      assertTrue(!Files.exists(project.resolve("data/labels")), "watch writes no table");
    } finally {
      watch.destroy();
      watch.waitFor();
      reader.join(5_000);
    }
  }

  private static Process start(Path project) throws IOException {
    ProcessBuilder builder = ChildJvm.cli(List.of("-Xmx1g"),
        "watch", "watch_labels", "--sources", project.resolve("src/main/java").toString(),
        "--classes", project.resolve("target/joinery-watch").toString(), "--base-dir", project.toString(),
        "--master", "local[1]");
    return builder.start();
  }

  private static Thread read(Process process, List<String> lines) {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException ended) {
        // the process was stopped
      }
    });
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  /** Waits until the watcher has printed its {@code count}th result line. */
  private static void awaitLine(List<String> lines, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (lines) {
        if (lines.stream().filter(l -> l.startsWith("-- result in ")).count() >= count) {
          return;
        }
      }
      Thread.sleep(100);
    }
    synchronized (lines) {
      fail("no result " + count + " within " + timeout + ":\n" + String.join("\n", lines));
    }
  }
}
