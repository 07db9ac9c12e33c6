package dev.joinery.runtime.iceberg;

import dev.joinery.catalog.CatalogLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.spark.sql.SparkSession;

/**
 * Apache Iceberg's JDBC catalog in the project's catalog database, seen from Spark (as the catalog
 * {@value #NAME}) and from Java. Both must use the same name: Iceberg keys its rows by it.
 */
public final class IcebergCatalogs {
  /** The Spark catalog, and Iceberg catalog, name of the project's tables. */
  public static final String NAME = "joinery";

  private IcebergCatalogs() {}

  /**
   * A session over {@code spark}'s context whose catalog {@value #NAME} is the one at {@code
   * location}. A new session because Spark loads a catalog once per session, and one JVM (tests,
   * notebooks) may use several projects.
   */
  public static SparkSession session(SparkSession spark, CatalogLocation location) {
    SparkSession session = spark.newSession();
    properties(location).forEach((key, value) -> session.conf().set("spark.sql.catalog." + NAME + "." + key, value));
    session.conf().set("spark.sql.catalog." + NAME, "org.apache.iceberg.spark.SparkCatalog");
    return session;
  }

  /** Iceberg's JDBC catalog at {@code location}; close it when done. */
  public static JdbcCatalog open(CatalogLocation location, Configuration conf) {
    JdbcCatalog catalog = new JdbcCatalog();
    catalog.setConf(conf);
    try {
      catalog.initialize(NAME, properties(location));
    } catch (RuntimeException firstTry) {
      // Two processes creating Iceberg's tables in a new database at once: one loses, then sees them.
      catalog = new JdbcCatalog();
      catalog.setConf(conf);
      catalog.initialize(NAME, properties(location));
    }
    return catalog;
  }

  /** {@code db.table} as an Iceberg identifier. */
  public static TableIdentifier identifier(String table) {
    int dot = table.lastIndexOf('.');
    return dot < 0 ? TableIdentifier.of(Namespace.empty(), table)
        : TableIdentifier.of(Namespace.of(table.substring(0, dot).split("\\.")), table.substring(dot + 1));
  }

  /** {@code db.table} as Spark names it in the project catalog. */
  public static String sparkName(String table) {
    return NAME + "." + table;
  }

  private static Map<String, String> properties(CatalogLocation location) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("type", "jdbc");
    properties.put(CatalogProperties.URI, location.url());
    properties.put(CatalogProperties.WAREHOUSE_LOCATION, location.warehouse().toUri().toString());
    // Every read sees the latest commit, also one made by another process.
    properties.put(CatalogProperties.CACHE_ENABLED, "false");
    // Iceberg's current schema of its tables (with views), created or migrated on first use.
    properties.put("jdbc.schema-version", "V1");
    location.driverProperties().forEach((key, value) -> properties.put("jdbc." + key, (String) value));
    return properties;
  }
}
