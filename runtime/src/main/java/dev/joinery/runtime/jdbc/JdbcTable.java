package dev.joinery.runtime.jdbc;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.ConnectionEntry;
import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.catalog.ConnectionSecrets.Credentials;
import dev.joinery.catalog.Connections;
import dev.joinery.catalog.JoineryCatalog;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A database table behind a named connection, with the credentials resolved for this run. The
 * credentials go to the driver and to Spark's JDBC source only: {@link #toString()} and every message
 * name the connection and the table, never a secret.
 */
public final class JdbcTable {
  private final ConnectionEntry connection;
  private final Credentials credentials;
  private final String table;
  private final String whereToSet;

  private JdbcTable(ConnectionEntry connection, Credentials credentials, String table, String whereToSet) {
    this.connection = connection;
    this.credentials = credentials;
    this.table = table;
    this.whereToSet = whereToSet;
  }

  /**
   * The table {@code table} of connection {@code connectionName} in the project's catalog, with its credentials.
   *
   * @param project the project folder, where a secrets file must not be
   */
  public static JdbcTable open(CatalogLocation catalog, Path project, String connectionName, String table,
      ConnectionSecrets secrets) {
    ConnectionEntry connection = Connections.require(JoineryCatalog.open(catalog), connectionName);
    return new JdbcTable(connection, secrets.of(connection, project), table, secrets.whereToSet(connection));
  }

  /**
   * Where the table is, as OpenLineage names datasets: {@code postgres://host:port/database.schema.table}
   * (the namespace, then the name), without credentials. Needs the connection's URL only.
   */
  public static String datasetLocation(CatalogLocation catalog, String connectionName, String table) {
    return datasetLocation(Connections.require(JoineryCatalog.open(catalog), connectionName), table);
  }

  static String datasetLocation(ConnectionEntry connection, String table) {
    String product = connection.product();
    URI uri = URI.create(connection.url().substring("jdbc:".length()));
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (product.equals("postgresql")) {
      int port = uri.getPort() < 0 ? 5432 : uri.getPort();
      String qualified = table.contains(".") ? table : "public." + table;
      return "postgres://" + host + ":" + port + "/" + database + "." + qualified;
    }
    String authority = host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    return product + "://" + authority + "/" + (database.isEmpty() ? "" : database + ".") + table;
  }

  public String connectionName() {
    return connection.name();
  }

  /** Where this table is, as OpenLineage names datasets; see {@link #datasetLocation(CatalogLocation, String, String)}. */
  public String datasetLocation() {
    return datasetLocation(connection, table);
  }

  /** The database table, as declared ({@code schema.table} or {@code table}). */
  public String table() {
    return table;
  }

  public String url() {
    return connection.url();
  }

  /** A new connection to the database; the caller closes it. */
  public Connection connect() throws SQLException {
    loadDriver();
    try {
      return DriverManager.getConnection(connection.url(), driverProperties());
    } catch (SQLException e) {
      throw new SQLException("Cannot connect to " + this + " at " + connection.url() + " (" + credentials
          + "; credentials come from " + whereToSet + "): " + e.getMessage(), e.getSQLState(), e);
    }
  }

  /** What Spark's JDBC source needs to reach {@code dbTable} on this connection: URL, driver, credentials. */
  public Map<String, String> sparkOptions(String dbTable) {
    Map<String, String> options = new LinkedHashMap<>();
    driverProperties().forEach((k, v) -> options.put((String) k, (String) v));
    options.put("url", connection.url());
    options.put("dbtable", dbTable);
    if (!connection.driver().isEmpty()) {
      options.put("driver", connection.driver());
    }
    return options;
  }

  /** The columns of the table, from the database's metadata; empty when it has no such table. */
  public List<JdbcColumn> columns() throws SQLException {
    try (Connection c = connect()) {
      return JdbcColumns.read(c, table);
    }
  }

  private Properties driverProperties() {
    Properties properties = new Properties();
    connection.properties().forEach(properties::setProperty);
    if (credentials.user() != null) {
      properties.setProperty("user", credentials.user());
    }
    if (credentials.password() != null) {
      properties.setProperty("password", credentials.password());
    }
    return properties;
  }

  private void loadDriver() throws SQLException {
    if (connection.driver().isEmpty()) {
      return;
    }
    try {
      Class.forName(connection.driver(), true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new SQLException("Connection " + connection.name() + ": driver class " + connection.driver()
          + " is not on the classpath; add the driver's jar to the project.", e);
    }
  }

  /** {@code database table public.orders (connection shop_db)}: no URL parameters, no credentials. */
  @Override
  public String toString() {
    return "database table " + table + " (connection " + connection.name() + ")";
  }
}
