package dev.joinery.cli;

import dev.joinery.catalog.CatalogLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Stack traces of failed runs, one file each under the project's {@code .joinery/logs}. */
final class FailureLog {
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private FailureLog() {}

  /** Writes the failure's stack trace; returns where, or why it could not. */
  static String write(Path baseDir, String job, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    Path file = baseDir.toAbsolutePath().normalize().resolve(CatalogLocation.PROJECT_FOLDER).resolve("logs")
        .resolve(job + "-" + NAME.format(Instant.now()) + ".log");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, trace.toString());
      return file.toString();
    } catch (IOException e) {
      return "not written (" + e.getMessage() + ")";
    }
  }
}
