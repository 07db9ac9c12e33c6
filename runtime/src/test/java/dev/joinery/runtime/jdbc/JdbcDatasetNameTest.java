package dev.joinery.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.catalog.ConnectionEntry;
import dev.joinery.runtime.openlineage.DatasetName;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Database tables as OpenLineage names them: {@code postgres://host:port} and {@code database.schema.table}. */
class JdbcDatasetNameTest {
  private static DatasetName of(String url, String table) {
    return DatasetName.of(JdbcTable.datasetLocation(new ConnectionEntry("db", url, "", Map.of()), table));
  }

  @Test
  void postgresTablesAreNamespacedByHostAndPortAndNamedWithDatabaseAndSchema() {
    assertEquals(new DatasetName("postgres://db.internal:5433", "shop.sales.orders"),
        of("jdbc:postgresql://db.internal:5433/shop?sslmode=require", "sales.orders"));
    assertEquals(new DatasetName("postgres://localhost:5432", "shop.public.orders"),
        of("jdbc:postgresql://localhost/shop", "orders"), "default port and schema");
  }

  @Test
  void otherDatabasesKeepTheirProductAsScheme() {
    assertEquals(new DatasetName("mysql://db:3306", "shop.orders"), of("jdbc:mysql://db:3306/shop", "orders"));
  }
}
