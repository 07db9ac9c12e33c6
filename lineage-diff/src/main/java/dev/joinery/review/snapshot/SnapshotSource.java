package dev.joinery.review.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where a build's lineage files are: a snapshot folder (holding {@code lineage.json}), a class
 * output folder or a jar (holding {@code META-INF/joinery/lineage.json}).
 */
public final class SnapshotSource {
  public static final String BUILD_FILE = "lineage.json";
  static final String IN_CLASSES = "META-INF/joinery/";

  private final Path path;
  private final Path folder;

  private SnapshotSource(Path path, Path folder) {
    this.path = path;
    this.folder = folder;
  }

  public static SnapshotSource of(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      if (Files.isRegularFile(path.resolve(BUILD_FILE))) {
        return new SnapshotSource(path, path);
      }
      if (Files.isRegularFile(path.resolve(IN_CLASSES + BUILD_FILE))) {
        return new SnapshotSource(path, path.resolve(IN_CLASSES));
      }
    } else if (Files.isRegularFile(path)) {
      try (ZipFile jar = new ZipFile(path.toFile())) {
        if (jar.getEntry(IN_CLASSES + BUILD_FILE) != null) {
          return new SnapshotSource(path, null);
        }
      } catch (java.util.zip.ZipException e) {
        // not a jar: reported below
      }
    } else {
      throw new NoSuchFileException(path.toString(), null, "no such file or folder");
    }
    throw new IOException(path + " holds no Joinery lineage: expected " + BUILD_FILE + " (a snapshot folder) or "
        + IN_CLASSES + BUILD_FILE + " (a class folder or jar built with Joinery's processor)");
  }

  /** A file of the build's lineage, by its name under {@code META-INF/joinery/}. */
  public String read(String name) throws IOException {
    if (folder != null) {
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "missing from the lineage of " + path);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    try (ZipFile jar = new ZipFile(path.toFile())) {
      ZipEntry entry = jar.getEntry(IN_CLASSES + name);
      if (entry == null) {
        throw new NoSuchFileException(path + "!/" + IN_CLASSES + name, null, "missing from the jar's lineage");
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Names of every file of the build's lineage and diagrams, sorted. */
  public List<String> files() throws IOException {
    List<String> names = new ArrayList<>();
    if (folder != null) {
      try (var list = Files.list(folder)) {
        list.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(SnapshotSource::isLineageFile)
            .forEach(names::add);
      }
    } else {
      try (ZipFile jar = new ZipFile(path.toFile())) {
        jar.stream().map(ZipEntry::getName)
            .filter(n -> n.startsWith(IN_CLASSES) && n.indexOf('/', IN_CLASSES.length()) < 0 && !n.equals(IN_CLASSES))
            .map(n -> n.substring(IN_CLASSES.length())).filter(SnapshotSource::isLineageFile).forEach(names::add);
      }
    }
    names.sort(null);
    return names;
  }

  /** The kinds of file Joinery's processor writes under {@code META-INF/joinery/}. */
  static boolean isLineageFile(String name) {
    return name.endsWith(".json") || name.endsWith(".svg") || name.endsWith(".dot") || name.equals("index.html");
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
