package dev.joinery.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Connections to the catalog database, whose schema ({@code schema.sql}) is created on first use. */
final class CatalogDatabase {
  private final CatalogLocation location;

  CatalogDatabase(CatalogLocation location) {
    this.location = location;
  }

  CatalogLocation location() {
    return location;
  }

  /** Creates the SQLite file's folder and every missing table; safe to run from several processes at once. */
  void initialize() {
    if (location.isSqlite()) {
      Path file = Path.of(location.url().substring("jdbc:sqlite:".length()));
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new CatalogException("Cannot create the catalog folder " + file.getParent() + ": " + e.getMessage(), e);
      }
    }
    String script = schema();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String ddl : script.split(";")) {
        String sql = ddl.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        if (!sql.isEmpty()) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw new CatalogException("Cannot set up the catalog at " + location + ": " + e.getMessage(), e);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(location.url(), location.driverProperties());
  }

  private static String schema() {
    try (InputStream in = CatalogDatabase.class.getResourceAsStream("schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
