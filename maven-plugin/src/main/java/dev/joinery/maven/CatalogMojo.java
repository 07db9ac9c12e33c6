package dev.joinery.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The project catalog's tables: {@code mvn joinery:catalog} lists them,
 * {@code -Djoinery.args="show db.table"} shows one.
 */
@Mojo(name = "catalog", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CatalogMojo extends CliMojo {
  @Override
  List<String> command() {
    return args == null || args.isBlank() ? List.of("catalog", "list") : List.of("catalog");
  }
}
