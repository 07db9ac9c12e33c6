package dev.joinery.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The project's named database connections ({@code joinery_connections}): no secrets, by construction. */
public final class Connections {
  private Connections() {}

  /** Adds the connection, or replaces the one of the same name. */
  public static void save(JoineryCatalog catalog, ConnectionEntry entry) {
    String now = Timestamps.format(Instant.now());
    update(catalog, "save connection " + entry.name(), "INSERT INTO joinery_connections"
            + " (name, url, driver, properties, registered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET url = excluded.url, driver = excluded.driver,"
            + " properties = excluded.properties, updated_at = excluded.updated_at",
        entry.name(), entry.url(), entry.driver(), JoineryCatalog.lines(entry.properties()), now, now);
  }

  /** Removes the connection; whether there was one. */
  public static boolean remove(JoineryCatalog catalog, String name) {
    return update(catalog, "remove connection " + name, "DELETE FROM joinery_connections WHERE name = ?", name) > 0;
  }

  public static Optional<ConnectionEntry> find(JoineryCatalog catalog, String name) {
    return query(catalog, " WHERE name = ?", name).stream().findFirst();
  }

  /** Every connection, by name. */
  public static List<ConnectionEntry> all(JoineryCatalog catalog) {
    return query(catalog, " ORDER BY name");
  }

  /** The connection, or an error that says how to declare it. */
  public static ConnectionEntry require(JoineryCatalog catalog, String name) {
    return find(catalog, name).orElseThrow(() -> new CatalogException("The catalog (" + catalog.location()
        + ") has no connection '" + name + "'. Declare it with: joinery connection add " + name
        + " --url jdbc:postgresql://HOST:5432/DATABASE"));
  }

  private static List<ConnectionEntry> query(JoineryCatalog catalog, String where, String... values) {
    try (Connection c = catalog.database().connect();
        PreparedStatement q = c.prepareStatement("SELECT name, url, driver, properties FROM joinery_connections"
            + where)) {
      for (int i = 0; i < values.length; i++) {
        q.setString(i + 1, values[i]);
      }
      List<ConnectionEntry> found = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          found.add(new ConnectionEntry(rs.getString(1), rs.getString(2), rs.getString(3),
              JoineryCatalog.parseLines(rs.getString(4))));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new CatalogException("Catalog " + catalog.location() + ": cannot read connections: " + e.getMessage(), e);
    }
  }

  private static int update(JoineryCatalog catalog, String what, String sql, String... values) {
    try (Connection c = catalog.database().connect(); PreparedStatement u = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        u.setString(i + 1, values[i]);
      }
      return u.executeUpdate();
    } catch (SQLException e) {
      throw new CatalogException("Catalog " + catalog.location() + ": cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
