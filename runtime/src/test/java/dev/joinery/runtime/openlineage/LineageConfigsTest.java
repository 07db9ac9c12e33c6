package dev.joinery.runtime.openlineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.openlineage.LineageConfigs.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which configuration a run uses: the client's places, in the client's order, and Joinery's options first. */
class LineageConfigsTest {
  @TempDir Path dir;

  private Optional<Source> find(OpenLineageSettings settings, Map<String, String> env) {
    return LineageConfigs.find(settings, env, dir.resolve("work"), dir.resolve("home"));
  }

  @Test
  void nothingConfiguredIsNothing() {
    assertEquals(Optional.empty(), find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of("PATH", "/bin")));
  }

  @Test
  void theEnvironmentAsTheClientReadsIt() throws IOException {
    assertEquals(Optional.of(new Source.EnvironmentVariables()),
        find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of("OPENLINEAGE__TRANSPORT__TYPE", "console")));
    assertEquals(Optional.of(new Source.Url("http://marquez:5000", null, null)),
        find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of("OPENLINEAGE_URL", "http://marquez:5000")));
    Path home = Files.createDirectories(dir.resolve("home/.openlineage")).resolve("openlineage.yml");
    Files.writeString(home, "transport:\n  type: console\n");
    assertEquals(Optional.of(new Source.YamlFile(home)),
        find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of("OPENLINEAGE_URL", "http://marquez:5000")));
    Path work = Files.createDirectories(dir.resolve("work")).resolve("openlineage.yml");
    Files.writeString(work, "transport:\n  type: console\n");
    assertEquals(Optional.of(new Source.YamlFile(work)), find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of()));
    Path named = Files.writeString(dir.resolve("named.yml"), "transport:\n  type: console\n");
    assertEquals(Optional.of(new Source.YamlFile(named)),
        find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of("OPENLINEAGE_CONFIG", named.toString())));
    assertEquals(Optional.of(new Source.YamlFile(work)), find(OpenLineageSettings.FROM_ENVIRONMENT,
        Map.of("OPENLINEAGE_CONFIG", dir.resolve("missing.yml").toString())), "then the next place, as the client");
    assertFalse(find(OpenLineageSettings.FROM_ENVIRONMENT, Map.of("OPENLINEAGE_DISABLED", "true")).isPresent());
  }

  @Test
  void joineryOptionsWin() {
    Path events = dir.resolve("events.jsonl");
    OpenLineageSettings settings = OpenLineageSettings.FROM_ENVIRONMENT.withEventsFile(events);
    assertEquals(Optional.of(new Source.EventsFile(events)), find(settings, Map.of("OPENLINEAGE_URL", "http://marquez:5000")));
    assertEquals(Optional.empty(), find(settings, Map.of("OPENLINEAGE_DISABLED", "true")), "disabled as in the client");
  }

  @Test
  void urlIsHttpAndItsKeyIsNeverPrinted() {
    Source url = find(OpenLineageSettings.FROM_ENVIRONMENT,
        Map.of("OPENLINEAGE_URL", "http://marquez:5000", "OPENLINEAGE_API_KEY", "s3cret")).orElseThrow();
    assertFalse(url.toString().contains("s3cret"), url.toString());
    assertTrue(ClientConfigs.load(url).getTransportConfig() instanceof io.openlineage.client.transports.HttpConfig);
  }
}
