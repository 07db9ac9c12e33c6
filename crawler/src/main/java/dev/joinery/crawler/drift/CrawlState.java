package dev.joinery.crawler.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the last crawl of a table saw that neither the record nor the catalog keeps: its partition
 * folders, so the next crawl can report the new ones. One small JSON file per table under
 * {@code .joinery/crawls/} of the project.
 */
public final class CrawlState {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  public CrawlState(Path baseDir) {
    this.folder = baseDir.resolve(".joinery").resolve("crawls");
  }

  /** The partitions the last crawl saw; null if the table was never crawled. */
  public Set<String> partitions(String table) {
    Path file = folder.resolve(table + ".json");
    if (!Files.exists(file)) {
      return null;
    }
    try {
      Set<String> partitions = new LinkedHashSet<>();
      JSON.readTree(file.toFile()).path("partitions").forEach(p -> partitions.add(p.asText()));
      return partitions;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public void save(String table, String location, List<String> partitions) {
    ObjectNode state = JSON.createObjectNode().put("table", table).put("location", location);
    ArrayNode list = state.putArray("partitions");
    partitions.forEach(list::add);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(table + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state)
          + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
