package dev.joinery.cli;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that pick a project's catalog, shared by the commands that read it. */
final class ProjectCatalog {
  @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = "${env:JOINERY_BASE_DIR:-.}",
      description = "The project folder: its catalog is DIR/.joinery/catalog.db unless $JOINERY_CATALOG_URL names another.")
  Path baseDir;

  CatalogLocation location() {
    return CatalogLocation.forProject(baseDir, System.getenv());
  }

  JoineryCatalog open() {
    return JoineryCatalog.open(location());
  }
}
