package dev.joinery.catalog;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where a project's catalog lives: a JDBC URL, and for servers the credentials, which come from the
 * environment and never from code. {@link #toString()} leaves the password out.
 *
 * @param warehouse the directory Iceberg puts tables in when a table names no location
 */
public record CatalogLocation(String url, String user, String password, Path warehouse) {
  /** Environment variable naming a catalog database instead of the project's SQLite file. */
  public static final String URL_VARIABLE = "JOINERY_CATALOG_URL";
  public static final String USER_VARIABLE = "JOINERY_CATALOG_USER";
  public static final String PASSWORD_VARIABLE = "JOINERY_CATALOG_PASSWORD";
  /** The project's own folder for the catalog and Iceberg's default warehouse. */
  public static final String PROJECT_FOLDER = ".joinery";

  /**
   * The catalog of the project in {@code baseDir}: {@code $JOINERY_CATALOG_URL} when set (with
   * {@code $JOINERY_CATALOG_USER} and {@code $JOINERY_CATALOG_PASSWORD}), otherwise the SQLite file
   * {@code .joinery/catalog.db}.
   */
  public static CatalogLocation forProject(Path baseDir, Map<String, String> env) {
    Path folder = baseDir.toAbsolutePath().normalize().resolve(PROJECT_FOLDER);
    String url = env.get(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return sqlite(folder.resolve("catalog.db"), folder.resolve("warehouse"));
    }
    return new CatalogLocation(url, env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE), folder.resolve("warehouse"));
  }

  public static CatalogLocation sqlite(Path file, Path warehouse) {
    return new CatalogLocation("jdbc:sqlite:" + file.toAbsolutePath().normalize(), null, null, warehouse);
  }

  public boolean isSqlite() {
    return url.startsWith("jdbc:sqlite:");
  }

  /**
   * Driver properties. SQLite waits for a lock instead of failing at once when another process
   * writes (runs commit concurrently), and keeps a write-ahead log so readers never block writers.
   */
  public Properties driverProperties() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    if (isSqlite()) {
      properties.setProperty("busy_timeout", "60000");
      properties.setProperty("journal_mode", "WAL");
      // Transactions take the write lock when they begin, so two never deadlock upgrading a read.
      properties.setProperty("transaction_mode", "IMMEDIATE");
    }
    return properties;
  }

  @Override
  public String toString() {
    // A password may also be written into the URL itself.
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***") + (user == null ? "" : " as " + user);
  }
}
