package dev.joinery.runtime;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.runtime.openlineage.OpenLineageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where a run reads and writes, and which catalog records it.
 *
 * @param baseDir relative table locations resolve against it
 * @param locationOverrides table name to location, replacing the {@code @Table} location
 * @param countSteps count each step's rows for the report; this keeps Spark from moving filters
 *     across steps, so it is off unless asked for
 * @param catalog the project's catalog database
 * @param spigots steps whose rows the run samples (see {@link Spigot})
 * @param lineage OpenLineage run events beyond what the environment configures
 * @param timeout how long a run may take before its Spark jobs are cancelled, or null for no limit
 * @param retries how many times a failed run is started again (not for bad data or a timeout)
 */
public record RunOptions(Path baseDir, Map<String, String> locationOverrides, boolean countSteps,
    CatalogLocation catalog, List<Spigot> spigots, OpenLineageSettings lineage, Duration timeout, int retries) {

  public RunOptions {
    locationOverrides = Map.copyOf(locationOverrides);
    spigots = List.copyOf(spigots);
    lineage = lineage == null ? OpenLineageSettings.FROM_ENVIRONMENT : lineage;
    if (timeout != null && (timeout.isNegative() || timeout.isZero()) || retries < 0) {
      throw new IllegalArgumentException("a timeout must be positive and retries at least 0");
    }
  }

  /** Locations relative to {@code baseDir}, and the project catalog there (or {@code $JOINERY_CATALOG_URL}). */
  public static RunOptions in(Path baseDir) {
    return new RunOptions(baseDir, Map.of(), false, CatalogLocation.forProject(baseDir, System.getenv()), List.of(),
        OpenLineageSettings.FROM_ENVIRONMENT, null, 0);
  }

  public RunOptions withStepCounts() {
    return new RunOptions(baseDir, locationOverrides, true, catalog, spigots, lineage, timeout, retries);
  }

  public RunOptions withLocations(Map<String, String> overrides) {
    return new RunOptions(baseDir, overrides, countSteps, catalog, spigots, lineage, timeout, retries);
  }

  public RunOptions withCatalog(CatalogLocation catalog) {
    return new RunOptions(baseDir, locationOverrides, countSteps, catalog, spigots, lineage, timeout, retries);
  }

  public RunOptions withSpigots(List<Spigot> spigots) {
    return new RunOptions(baseDir, locationOverrides, countSteps, catalog, spigots, lineage, timeout, retries);
  }

  /** A timeout (null: none) and a number of retries, as Glue's job properties have them. */
  public RunOptions withLimits(Duration timeout, int retries) {
    return new RunOptions(baseDir, locationOverrides, countSteps, catalog, spigots, lineage, timeout, retries);
  }

  public RunOptions withLineage(OpenLineageSettings lineage) {
    return new RunOptions(baseDir, locationOverrides, countSteps, catalog, spigots, lineage, timeout, retries);
  }

  /**
   * The fully qualified location of a table for this run; for a database table, where OpenLineage
   * says it is ({@code postgres://host:port/database.schema.table}), from its connection in the catalog.
   */
  public String locationOf(TableSpec table) {
    String location = locationOverrides.getOrDefault(table.name(), table.location());
    if (table.isJdbc()) {
      return dev.joinery.runtime.jdbc.JdbcTable.datasetLocation(catalog, table.connection(), location);
    }
    if (location.contains(":/")) {
      return location; // already a URI: hdfs://, s3a://, file:/...
    }
    return baseDir.resolve(location).toAbsolutePath().normalize().toUri().toString();
  }

  /** The database table a {@code JDBC} table reads or writes in this run: its location, or {@code --input/--output}. */
  public String databaseTableOf(TableSpec table) {
    return locationOverrides.getOrDefault(table.name(), table.location());
  }
}
