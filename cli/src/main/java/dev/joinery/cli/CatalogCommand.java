package dev.joinery.cli;

import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry;
import dev.joinery.catalog.TableEntry;
import dev.joinery.catalog.TableVersion;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code joinery catalog list|show}: the tables the project's runs registered. */
@Command(name = "catalog", description = "Lists the catalog's tables, or shows one.",
    subcommands = {CatalogCommand.ListTables.class, CatalogCommand.ShowTable.class})
final class CatalogCommand {

  @Command(name = "list", description = "Lists every table: format, writer job, location.")
  static final class ListTables implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Override
    public Integer call() {
      List<TableEntry> tables = project.open().tables();
      if (tables.isEmpty()) {
        System.out.println("The catalog (" + project.location() + ") has no tables yet; a run registers the tables it reads and writes.");
        return 0;
      }
      Tables.print(System.out, List.of("table", "format", "written by", "location"), tables.stream()
          .map(t -> List.of(t.name(), t.format(), t.writerJob() == null ? "-" : t.writerJob(), t.location()))
          .toList());
      return 0;
    }
  }

  @Command(name = "show", description = "Shows a table: schema, location, format, writer, versions and last runs.")
  static final class ShowTable implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(paramLabel = "TABLE", description = "The table's name, database.table.")
    String name;

    @Override
    public Integer call() {
      JoineryCatalog catalog = project.open();
      Optional<TableEntry> found = catalog.table(name);
      if (found.isEmpty()) {
        System.err.println("The catalog has no table '" + name + "'; `joinery catalog list` shows them.");
        return 2;
      }
      TableEntry table = found.get();
      PrintStream out = System.out;
      out.printf("Table %s%n", table.name());
      if (!table.description().isEmpty()) {
        out.printf("  %s%n", table.description());
      }
      out.printf("  format:     %s%n  location:   %s%n  written by: %s%n", table.format(), table.location(),
          table.writerJob() == null ? "(no job; read only)" : table.writerJob());
      if (!table.partitionBy().isEmpty()) {
        out.printf("  partitioned by: %s%n", String.join(", ", table.partitionBy()));
      }
      table.options().forEach((k, v) -> out.printf("  option %s = %s%n", k, v));
      out.println();
      Tables.print(out, List.of("column", "type", "nullable"), table.columns().stream()
          .map(c -> List.of(c.name(), c.type(), c.nullable() ? "yes" : "no")).toList());
      List<TableVersion> versions = catalog.versions(table.name());
      out.printf("%nVersions committed by runs (newest first):%n");
      if (versions.isEmpty()) {
        out.println("  none yet");
      } else {
        Tables.print(out, List.of("committed at", "run", "mode", "rows written", "snapshot"), versions.stream()
            .limit(10)
            .map(v -> List.of(v.committedAt().toString(), v.runId(), v.operation(), String.valueOf(v.rows()),
                v.snapshotId() == null ? "-" : v.snapshotId().toString()))
            .toList());
      }
      out.printf("%nLast runs that read or wrote it:%n");
      List<RunEntry> runs = catalog.runs(null, 200).stream()
          .filter(r -> r.tables().stream().anyMatch(t -> t.table().equals(table.name()))).limit(5).toList();
      if (runs.isEmpty()) {
        out.println("  none yet");
      } else {
        RunsCommand.print(out, runs);
      }
      return 0;
    }
  }
}
