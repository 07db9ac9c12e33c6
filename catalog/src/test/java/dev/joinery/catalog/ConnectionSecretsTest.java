package dev.joinery.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections keep no secret in the catalog; credentials come from the environment, then a file outside the project. */
class ConnectionSecretsTest {
  @TempDir Path home;
  @TempDir Path project;

  private static final ConnectionEntry SHOP = new ConnectionEntry("shop_db", "jdbc:postgresql://db:5432/shop", "",
      Map.of("sslmode", "require"));

  @Test
  void theEnvironmentComesFirstThenTheSecretsFile() throws Exception {
    Path file = home.resolve("secrets.properties");
    Files.writeString(file, "shop_db.user=etl\nshop_db.password=from-file\n");

    ConnectionSecrets.Credentials fromFile = new ConnectionSecrets(Map.of(), file).of(SHOP, project);
    ConnectionSecrets.Credentials fromEnv = new ConnectionSecrets(
        Map.of("JOINERY_CONNECTION_SHOP_DB_PASSWORD", "from-env"), file).of(SHOP, project);

    assertEquals(new ConnectionSecrets.Credentials("etl", "from-file"), fromFile);
    assertEquals(new ConnectionSecrets.Credentials("etl", "from-env"), fromEnv);
    assertFalse(fromEnv.toString().contains("from-env"), fromEnv.toString());
    assertEquals("$JOINERY_CONNECTION_SHOP_DB_PASSWORD",
        new ConnectionSecrets(Map.of("JOINERY_CONNECTION_SHOP_DB_PASSWORD", "x"), file).passwordSource(SHOP));
  }

  @Test
  void aSecretsFileInsideTheProjectIsRefused() throws Exception {
    Path file = project.resolve("secrets.properties");
    Files.writeString(file, "shop_db.password=Not-In-Msg-77\n");
    CatalogException e = assertThrows(CatalogException.class, () -> new ConnectionSecrets(Map.of(), file).of(SHOP, project));
    assertTrue(e.getMessage().contains("is inside the project"), e.getMessage());
    assertFalse(e.getMessage().contains("Not-In-Msg-77"), e.getMessage());
  }

  @Test
  void theCatalogRefusesSecrets() {
    IllegalArgumentException inUrl = assertThrows(IllegalArgumentException.class,
        () -> new ConnectionEntry("shop_db", "jdbc:postgresql://db/shop?user=etl&password=hunter2", "", Map.of()));
    assertTrue(inUrl.getMessage().contains("the URL holds a password"), inUrl.getMessage());
    assertFalse(inUrl.getMessage().contains("hunter2"), inUrl.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ConnectionEntry("shop_db", "jdbc:mysql://etl:hunter2@db/shop", "", Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new ConnectionEntry("shop_db", "jdbc:postgresql://db/shop", "", Map.of("apiToken", "x")));
    assertThrows(IllegalArgumentException.class, () -> new ConnectionEntry("shop-db", "jdbc:postgresql://db/shop", "", Map.of()));
  }

  @Test
  void connectionsAreSavedListedAndRemoved() {
    JoineryCatalog catalog = JoineryCatalog.open(CatalogLocation.forProject(project, Map.of()));
    Connections.save(catalog, SHOP);
    assertEquals(SHOP, Connections.require(catalog, "shop_db"));
    assertEquals(1, Connections.all(catalog).size());
    assertTrue(Connections.remove(catalog, "shop_db"));
    CatalogException missing = assertThrows(CatalogException.class, () -> Connections.require(catalog, "shop_db"));
    assertTrue(missing.getMessage().contains("joinery connection add shop_db"), missing.getMessage());
  }
}
