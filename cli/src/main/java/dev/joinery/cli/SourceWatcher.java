package dev.joinery.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices when a Java source under the watched folders is added, changed or removed. It polls
 * (every {@value #POLL_MILLIS} ms) rather than using file-system events: recursive watching is
 * not portable, and a project's sources are few enough to list that often.
 */
final class SourceWatcher {
  static final long POLL_MILLIS = 100;
  /** Editors save in several writes; a change counts once the files stayed the same this long. */
  private static final long QUIET_MILLIS = 60;

  private final List<Path> roots;
  private Map<Path, String> seen;

  SourceWatcher(List<Path> roots) {
    this.roots = roots;
    this.seen = snapshot();
  }

  List<Path> sources() {
    return List.copyOf(seen.keySet());
  }

  /** Blocks until the sources differ from the last time this returned (or from construction). */
  void awaitChange() throws InterruptedException {
    while (true) {
      Thread.sleep(POLL_MILLIS);
      Map<Path, String> now = snapshot();
      if (!now.equals(seen)) {
        Thread.sleep(QUIET_MILLIS);
        Map<Path, String> settled = snapshot();
        if (settled.equals(now)) {
          seen = settled;
          return;
        }
      }
    }
  }

  /** Each source file with its size and modification time. */
  private Map<Path, String> snapshot() {
    Map<Path, String> files = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).forEach(path -> {
          try {
            files.put(path, Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
          } catch (IOException e) {
            // Deleted between listing and reading: the next poll sees it gone.
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("Could not list " + root, e);
      }
    }
    return files;
  }
}
