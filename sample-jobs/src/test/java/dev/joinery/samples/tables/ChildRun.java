package dev.joinery.samples.tables;

import dev.joinery.samples.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code joinery run} in a JVM of its own, as a user or a scheduler starts it, so a test can run
 * two at once or kill one with SIGKILL. Its console output is collected as it comes.
 */
final class ChildRun {
  private final Process process;
  private final StringBuffer output = new StringBuffer();

  private ChildRun(Process process) {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          output.append(line).append('\n');
        }
      } catch (IOException ended) {
        // the process was killed
      }
    });
    reader.setDaemon(true);
    reader.start();
  }

  static ChildRun start(String job, Path baseDir) throws IOException {
    ProcessBuilder builder = ChildJvm.cli(List.of("-Xmx1g",
            "-Dlog4j2.configurationFile=" + Path.of("src/main/resources/log4j2.properties").toAbsolutePath()),
        "run", job, "--base-dir", baseDir.toString(), "--conf", "spark.sql.shuffle.partitions=2", "--master", "local[1]");
    builder.environment().remove("JOINERY_CATALOG_URL");
    return new ChildRun(builder.start());
  }

  /** SIGKILL: no shutdown hooks, no cleanup, as a crash or an OOM killer would do. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  int waitFor() throws InterruptedException {
    int exit = process.waitFor();
    Thread.sleep(50); // let the reader drain the last lines
    return exit;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String output() {
    return output.toString();
  }
}
