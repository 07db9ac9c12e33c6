package dev.joinery.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Crawls a data set into a {@code @Table} record under the project's sources and the catalog:
 * {@code mvn joinery:crawl -Dlocation=data/raw/orders -Dtable=raw.orders -Dpackage=com.example.tables};
 * more options ({@code --classifier}, {@code --json}, {@code --each}) through {@code -Djoinery.args}.
 */
@Mojo(name = "crawl", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CrawlMojo extends CliMojo {
  /** The data's folder, relative to the project. */
  @Parameter(property = "location", required = true)
  String location;

  /** The table's catalog name, database.table; without it, the location must be a folder of data sets. */
  @Parameter(property = "table")
  String table;

  /** The package of new records. */
  @Parameter(property = "package", defaultValue = "")
  String packageName;

  /** Where records are found by table name and written. */
  @Parameter(property = "sourceRoot", defaultValue = "${project.build.sourceDirectory}")
  String sourceRoot;

  /** log, update or fail, when the data drifted from its record or catalog entry. */
  @Parameter(property = "onDrift", defaultValue = "log")
  String onDrift;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("crawl", location, "--source-root", sourceRoot,
        "--on-drift", onDrift));
    if (table != null && !table.isBlank()) {
      command.addAll(List.of("--table", table));
    }
    if (packageName != null && !packageName.isBlank()) {
      command.addAll(List.of("--package", packageName));
    }
    return command;
  }
}
