package dev.joinery.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Runs Spark SQL over the catalog's tables: {@code mvn joinery:sql -Dquery="SELECT * FROM db.table"}. */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class SqlMojo extends CliMojo {
  /** The query; tables are named database.table, as the catalog lists them. */
  @Parameter(property = "query", required = true)
  String query;

  @Override
  List<String> command() {
    return List.of("sql", query);
  }
}
