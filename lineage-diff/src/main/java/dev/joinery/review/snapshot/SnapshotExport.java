package dev.joinery.review.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a build's lineage (JSON) and diagrams (SVG, DOT, index) into a folder meant to be
 * committed, so a pull request shows lineage changes as a text diff. Files of those kinds that the
 * build no longer has (a removed job) are deleted; anything else in the folder is left alone.
 */
public final class SnapshotExport {
  private SnapshotExport() {}

  /** @return the names written */
  public static List<String> export(SnapshotSource from, Path to) throws IOException {
    List<String> names = from.files();
    Files.createDirectories(to);
    try (var existing = Files.list(to)) {
      for (Path file : existing.toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && SnapshotSource.isLineageFile(name) && !names.contains(name)) {
          Files.delete(file);
        }
      }
    }
    for (String name : names) {
      Files.writeString(to.resolve(name), from.read(name), StandardCharsets.UTF_8);
    }
    return names;
  }
}
