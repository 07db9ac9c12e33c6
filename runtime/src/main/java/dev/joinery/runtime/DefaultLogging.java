package dev.joinery.runtime;

import java.util.List;

/**
 * Keeps Spark's INFO lines off the screen of a run: unless the project configures log4j2 itself
 * (a system property, the environment, or a log4j2 file on the classpath), Joinery uses
 * {@code log4j2-defaults.properties}. Called before anything logs, since log4j2 reads its
 * configuration once. Under spark-submit, Spark has configured logging already and this changes nothing.
 */
public final class DefaultLogging {
  private static final String PROPERTY = "log4j2.configurationFile";
  private static final List<String> OWN_FILES = List.of(
      "log4j2-test.properties", "log4j2-test.xml", "log4j2.properties", "log4j2.xml", "log4j2.yaml", "log4j2.json");

  private DefaultLogging() {}

  public static void applyUnlessConfigured() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    boolean configured = System.getProperty(PROPERTY) != null
        || System.getenv("LOG4J_CONFIGURATION_FILE") != null
        || OWN_FILES.stream().anyMatch(file -> loader.getResource(file) != null);
    if (!configured) {
      System.setProperty(PROPERTY, DefaultLogging.class.getResource("log4j2-defaults.properties").toString());
    }
  }
}
