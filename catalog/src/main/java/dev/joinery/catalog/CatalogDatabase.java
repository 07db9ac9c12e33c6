package dev.joinery.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Connections to the catalog database, whose schema ({@code schema.sql}) is created on first use. */
final class CatalogDatabase {
  /** PostgreSQL advisory lock key held while creating the schema. */
  private static final long SCHEMA_LOCK = 0x4a6f696e65727953L;

  /**
   * Columns added to tables after catalogs with those tables existed: {@code CREATE TABLE IF NOT
   * EXISTS} leaves an older table as it is, so each is added where it is missing.
   */
  private static final List<AddedColumn> ADDED_COLUMNS = List.of(
      new AddedColumn("joinery_runs", "spark_app_id", "TEXT"));

  private final CatalogLocation location;

  /** A nullable column that later versions added to a table of the schema. */
  private record AddedColumn(String table, String column, String type) {
    void addIfMissing(Connection connection, boolean postgres) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        if (postgres) {
          statement.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + column + " " + type);
          return;
        }
        // SQLite has no ADD COLUMN IF NOT EXISTS; the caller holds the file's set-up lock.
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
          if (columns.next()) {
            return;
          }
        }
        statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
      }
    }
  }

  CatalogDatabase(CatalogLocation location) {
    this.location = location;
  }

  CatalogLocation location() {
    return location;
  }

  /** Creates the SQLite file's folder and every missing table; safe to run from several processes at once. */
  void initialize() {
    if (!location.isSqlite()) {
      createTables();
      return;
    }
    Path file = Path.of(location.url().substring("jdbc:sqlite:".length())).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new CatalogException("Cannot create the catalog folder " + file.getParent() + ": " + e.getMessage(), e);
    }
    // A new SQLite file switches to WAL and gets its tables one process at a time: SQLite answers
    // a second writer that would deadlock with SQLITE_BUSY at once, whatever the busy timeout.
    synchronized (CatalogDatabase.class) { // file locks are per process; threads queue here
      try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".init-lock"),
              StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        createTables();
      } catch (IOException e) {
        throw new CatalogException("Cannot lock the catalog " + file + " to set it up: " + e.getMessage(), e);
      }
    }
  }

  private void createTables() {
    String script = schema();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      boolean postgres = location.url().startsWith("jdbc:postgresql:");
      if (postgres) {
        // PostgreSQL's CREATE TABLE IF NOT EXISTS fails (duplicate key in pg_type) when another
        // session creates the same table at the same moment: create the schema one session at a time.
        connection.setAutoCommit(false);
        statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
      }
      for (String ddl : script.split(";")) {
        String sql = ddl.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        if (!sql.isEmpty()) {
          statement.execute(sql);
        }
      }
      for (AddedColumn column : ADDED_COLUMNS) {
        column.addIfMissing(connection, postgres);
      }
      if (postgres) {
        connection.commit();
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
