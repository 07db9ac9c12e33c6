package dev.joinery.runtime.openlineage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run's OpenLineage configuration comes from, looked up as the openlineage-java client
 * looks ({@code Clients.newClient()}): an {@code openlineage.yml} at {@code $OPENLINEAGE_CONFIG},
 * in the working directory or in {@code ~/.openlineage/}, else {@code OPENLINEAGE__*} environment
 * variables; and, as OpenLineage's Python client and Spark integration do, {@code OPENLINEAGE_URL}
 * (with {@code OPENLINEAGE_ENDPOINT} and {@code OPENLINEAGE_API_KEY}) for HTTP.
 * A Joinery option ({@link OpenLineageSettings}) wins over all of them;
 * {@code OPENLINEAGE_DISABLED=true} turns everything off, as it does in the client.
 *
 * <p>{@link #find} reads only the environment and the file system, and loads no OpenLineage class,
 * so a run that configures nothing pays nothing.
 */
public final class LineageConfigs {
  private LineageConfigs() {}

  /** Where the configuration is. */
  public sealed interface Source {
    /** Joinery's own option: the file transport to this file. */
    record EventsFile(Path file) implements Source {}

    /** An {@code openlineage.yml}. */
    record YamlFile(Path file) implements Source {}

    /** {@code OPENLINEAGE__TRANSPORT__TYPE=...} and friends. */
    record EnvironmentVariables() implements Source {}

    /** {@code OPENLINEAGE_URL}: the HTTP transport. */
    record Url(String url, String endpoint, String apiKey) implements Source {
      @Override
      public String toString() {
        return "Url[" + url + (endpoint == null ? "" : ", " + endpoint) + "]"; // never the key
      }
    }
  }

  /**
   * The configuration a run uses, or empty when nothing configures OpenLineage.
   *
   * @param env the process environment
   * @param workingDir where the client looks for {@code openlineage.yml} first
   * @param home the user's home, for {@code ~/.openlineage/openlineage.yml}
   */
  public static Optional<Source> find(OpenLineageSettings settings, Map<String, String> env, Path workingDir, Path home) {
    if (Boolean.parseBoolean(env.get("OPENLINEAGE_DISABLED"))) {
      return Optional.empty(); // as the client's Clients.newClient, which would make a no-op client
    }
    if (settings.eventsFile() != null) {
      return Optional.of(new Source.EventsFile(settings.eventsFile().toAbsolutePath()));
    }
    if (settings.configFile() != null) {
      return Optional.of(new Source.YamlFile(settings.configFile().toAbsolutePath()));
    }
    List<Path> places = new ArrayList<>(); // the client's DefaultConfigPathProvider, in its order
    String configured = env.get("OPENLINEAGE_CONFIG");
    if (configured != null && !configured.isBlank()) {
      places.add(Path.of(configured));
    }
    places.add(workingDir.resolve("openlineage.yml"));
    places.add(home.resolve(".openlineage").resolve("openlineage.yml"));
    for (Path yaml : places) {
      if (Files.isRegularFile(yaml)) {
        return Optional.of(new Source.YamlFile(yaml.toAbsolutePath()));
      }
    }
    if (env.keySet().stream().anyMatch(name -> name.startsWith("OPENLINEAGE__"))) {
      return Optional.of(new Source.EnvironmentVariables());
    }
    String url = env.get("OPENLINEAGE_URL");
    if (url != null && !url.isBlank()) {
      return Optional.of(new Source.Url(url.strip(), env.get("OPENLINEAGE_ENDPOINT"), env.get("OPENLINEAGE_API_KEY")));
    }
    return Optional.empty();
  }
}
