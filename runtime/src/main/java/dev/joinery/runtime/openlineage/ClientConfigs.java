package dev.joinery.runtime.openlineage;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.joinery.runtime.openlineage.LineageConfigs.Source;
import io.openlineage.client.OpenLineageClientUtils;
import io.openlineage.client.OpenLineageConfig;
import io.openlineage.client.transports.ApiKeyTokenProvider;
import io.openlineage.client.transports.FileConfig;
import io.openlineage.client.transports.HttpConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** A {@link Source} read into the client's configuration, with the client's own loaders. */
final class ClientConfigs {
  private ClientConfigs() {}

  /** The client configuration {@code source} holds, read with the client's own loaders. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static OpenLineageConfig<?> load(Source source) {
    TypeReference<OpenLineageConfig> type = new TypeReference<>() {};
    if (source instanceof Source.EventsFile events) {
      OpenLineageConfig config = new OpenLineageConfig();
      config.setTransportConfig(new FileConfig(events.file().toString()));
      return config;
    }
    if (source instanceof Source.YamlFile yaml) {
      return OpenLineageClientUtils.loadOpenLineageConfigYaml(() -> List.of(yaml.file()), type);
    }
    if (source instanceof Source.EnvironmentVariables) {
      return OpenLineageClientUtils.loadOpenLineageConfigFromEnvVars(type);
    }
    Source.Url url = (Source.Url) source;
    HttpConfig http = new HttpConfig();
    http.setUrl(URI.create(url.url()));
    if (url.endpoint() != null && !url.endpoint().isBlank()) {
      http.setEndpoint(url.endpoint());
    }
    if (url.apiKey() != null && !url.apiKey().isBlank()) {
      ApiKeyTokenProvider auth = new ApiKeyTokenProvider();
      auth.setApiKey(url.apiKey());
      http.setAuth(auth);
    }
    OpenLineageConfig config = new OpenLineageConfig();
    config.setTransportConfig(http);
    return config;
  }

  /**
   * The jobs' namespace: Joinery's option, else the configuration's {@code job.namespace}, else
   * {@code $OPENLINEAGE_NAMESPACE}, else {@value OpenLineageSettings#DEFAULT_NAMESPACE}.
   */
  static String namespace(OpenLineageSettings settings, OpenLineageConfig<?> config, Map<String, String> env) {
    if (settings.namespace() != null && !settings.namespace().isBlank()) {
      return settings.namespace();
    }
    if (config.getJobConfig() != null && config.getJobConfig().getNamespace() != null) {
      return config.getJobConfig().getNamespace();
    }
    String fromEnv = env.get("OPENLINEAGE_NAMESPACE");
    return fromEnv != null && !fromEnv.isBlank() ? fromEnv : OpenLineageSettings.DEFAULT_NAMESPACE;
  }
}
