package dev.joinery.catalog;

import java.nio.file.Path;

/** The catalog contract on a SQLite file in a fresh temporary folder. */
class SqliteCatalogTest extends CatalogContractTest {
  @Override
  CatalogLocation newLocation(Path tempDir) {
    // A folder that does not exist yet: open() must create it.
    return CatalogLocation.sqlite(tempDir.resolve(".joinery").resolve("catalog.db"), tempDir.resolve("warehouse"));
  }
}
