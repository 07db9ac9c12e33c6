package dev.joinery.scheduler.trigger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * New files in a table's folder, by listing it: a file is new when no earlier listing had it with
 * the same size and modification time (so a rewritten file counts again). Names starting with
 * {@code _} or {@code .} are never data, as for a run's reads. Listing works on every file system,
 * local or mounted; a missing folder has no files.
 */
public final class FolderWatch {
  /** A file as one listing saw it. */
  public record Seen(Path path, long size, Instant modified) {}

  private final Path folder;
  private final Set<Seen> known = new HashSet<>();

  /** @param baseline which files already present count as seen (not new) on the first listing */
  public FolderWatch(Path folder, Predicate<Seen> baseline) {
    this.folder = folder;
    list().stream().filter(baseline).forEach(known::add);
  }

  public Path folder() {
    return folder;
  }

  /** The files new since the last listing, in path order. */
  public List<Path> poll() {
    List<Seen> now = list();
    List<Path> fresh = now.stream().filter(f -> !known.contains(f)).map(Seen::path).sorted().toList();
    known.clear();
    known.addAll(now);
    return fresh;
  }

  private List<Seen> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Seen> seen = new ArrayList<>();
      for (Path file : (Iterable<Path>) files::iterator) {
        if (isData(file)) {
          try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
              seen.add(new Seen(file, attributes.size(), attributes.lastModifiedTime().toInstant()));
            }
          } catch (java.nio.file.NoSuchFileException gone) {
            // moved away while listing: not there
          }
        }
      }
      return seen;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private boolean isData(Path file) {
    for (Path part : folder.relativize(file)) {
      String name = part.toString();
      if (name.startsWith("_") || name.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
