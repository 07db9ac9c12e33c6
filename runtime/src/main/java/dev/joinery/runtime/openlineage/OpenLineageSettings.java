package dev.joinery.runtime.openlineage;

import java.nio.file.Path;

/**
 * What a run's caller says about OpenLineage events, on top of the client's own configuration
 * ({@code openlineage.yml}, {@code OPENLINEAGE__TRANSPORT__*}, {@code OPENLINEAGE_URL}).
 *
 * @param namespace the jobs' namespace, or null for the configuration's ({@code job.namespace},
 *     {@code $OPENLINEAGE_NAMESPACE}) or {@value #DEFAULT_NAMESPACE}
 * @param eventsFile append events to this file (the client's file transport, one JSON event a
 *     line), whatever else is configured; null to use the configuration
 * @param configFile an {@code openlineage.yml} to use instead of the ones the client looks for;
 *     null to look as the client does
 */
public record OpenLineageSettings(String namespace, Path eventsFile, Path configFile) {
  public static final String DEFAULT_NAMESPACE = "joinery";

  /** Events only as the environment configures them. */
  public static final OpenLineageSettings FROM_ENVIRONMENT = new OpenLineageSettings(null, null, null);

  public OpenLineageSettings withNamespace(String namespace) {
    return new OpenLineageSettings(namespace, eventsFile, configFile);
  }

  public OpenLineageSettings withEventsFile(Path eventsFile) {
    return new OpenLineageSettings(namespace, eventsFile, configFile);
  }

  public OpenLineageSettings withConfigFile(Path configFile) {
    return new OpenLineageSettings(namespace, eventsFile, configFile);
  }
}
