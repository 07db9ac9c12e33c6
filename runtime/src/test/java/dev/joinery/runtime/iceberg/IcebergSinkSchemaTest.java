package dev.joinery.runtime.iceberg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.joinery.catalog.CatalogLocation;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.Table;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table written again after its record changed evolves in Iceberg's catalog (SQLite file), keeping its history. */
class IcebergSinkSchemaTest {
  @TempDir Path dir;

  @Test
  void anExistingTableGainsTheRecordsNewColumnsAndWideningsOnly() {
    CatalogLocation location = CatalogLocation.sqlite(dir.resolve("catalog.db"), dir.resolve("warehouse"));
    StructType v1 = new StructType().add("id", DataTypes.LongType, false).add("score", DataTypes.IntegerType, true);
    StructType v2 = new StructType().add("id", DataTypes.LongType, false).add("score", DataTypes.LongType, true)
        .add("note", DataTypes.StringType, true);
    try (JdbcCatalog catalog = IcebergCatalogs.open(location, new Configuration())) {
      String tableLocation = dir.resolve("t").toUri().toString();
      Table created = IcebergSink.createIfMissing(catalog, "db.t", v1, List.of(), tableLocation);
      int firstSchema = created.schema().schemaId();

      IcebergSink.createIfMissing(catalog, "db.t", v1, List.of(), tableLocation);
      assertEquals(firstSchema, catalog.loadTable(IcebergCatalogs.identifier("db.t")).schema().schemaId(),
          "the same record changes nothing");

      Table evolved = IcebergSink.createIfMissing(catalog, "db.t", v2, List.of(), tableLocation);
      assertEquals(Types.LongType.get(), evolved.schema().findField("score").type());
      assertNotNull(evolved.schema().findField("note"));
      assertEquals(2, evolved.schemas().size(), "one schema change, as a new schema version");
    }
  }
}
