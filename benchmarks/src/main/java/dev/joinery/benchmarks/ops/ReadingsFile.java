package dev.joinery.benchmarks.ops;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The operations benchmarks' input: sensor readings as CSV, about a given size, the same for every run. */
final class ReadingsFile {
  /** Devices the readings come from: {@code sensor-0} to {@code sensor-976}. */
  static final int DEVICES = 977;

  private ReadingsFile() {}

  /** Writes readings to {@code file} until it holds {@code size} bytes; returns the rows written. */
  static long write(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    long line = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,device,value,day,note\n");
      long written = 0;
      while (written < size) {
        String row = line + ",sensor-" + (line % DEVICES) + "," + (line % 100_000 - 500) + "." + (line % 1000) + ",2026-"
            + String.format("%02d-%02d", 1 + line % 12, 1 + line % 28) + ",reading number " + line + "\n";
        out.write(row);
        written += row.length();
        line++;
      }
    }
    return line;
  }
}
