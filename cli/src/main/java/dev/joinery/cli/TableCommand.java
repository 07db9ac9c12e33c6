package dev.joinery.cli;

import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TableEntry;
import dev.joinery.catalog.TableVersion;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import dev.joinery.runtime.iceberg.IcebergTables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.jdbc.JdbcCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code joinery table history|rollback|expire}: the versions of the project's Iceberg tables. */
@Command(name = "table", description = "Shows, rolls back and expires the versions (snapshots) of an Iceberg table.",
    subcommands = {TableCommand.History.class, TableCommand.Rollback.class, TableCommand.Expire.class})
final class TableCommand {

  /** The named Iceberg table of the project, or an error message on stderr and exit code 2. */
  abstract static class OnTable implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table's name, database.table.")
    String name;

    @Override
    public final Integer call() {
      JoineryCatalog catalog = project.open();
      TableEntry table = catalog.table(name).orElse(null);
      if (table == null) {
        System.err.println("The catalog has no table '" + name + "'; `joinery catalog list` shows them.");
        return 2;
      }
      if (!table.format().equals("ICEBERG")) {
        System.err.println("Table " + name + " is a " + table.format() + " file table: it keeps one version, which"
            + " runs replace atomically. Versions, time travel and rollback are for ICEBERG tables.");
        return 2;
      }
      try (JdbcCatalog iceberg = IcebergCatalogs.open(project.location(), new Configuration())) {
        return run(catalog, new IcebergTables(iceberg));
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
    }

    abstract int run(JoineryCatalog catalog, IcebergTables tables);
  }

  @Command(name = "history", description = "Lists the table's snapshots, oldest first, and marks the current one.")
  static final class History extends OnTable {
    @Override
    int run(JoineryCatalog catalog, IcebergTables tables) {
      List<IcebergTables.Version> versions = tables.history(name);
      Tables.print(System.out, List.of("snapshot", "committed at", "operation", "rows", "run", "current"),
          versions.stream().map(v -> List.of(String.valueOf(v.snapshotId()), v.committedAt().toString(),
              v.operation(), String.valueOf(v.totalRows()), v.runId() == null ? "-" : v.runId(),
              v.current() ? "yes" : (v.published() ? "" : "(not current: rolled back)"))).toList());
      return 0;
    }
  }

  @Command(name = "rollback", description = "Makes an earlier snapshot the table's current version again.")
  static final class Rollback extends OnTable {
    @Parameters(index = "1", paramLabel = "SNAPSHOT", description = "A snapshot id from `joinery table history`.")
    long snapshot;

    @Override
    int run(JoineryCatalog catalog, IcebergTables tables) {
      tables.rollback(name, snapshot);
      catalog.recordVersion(new TableVersion(name, "rollback-" + UUID.randomUUID(), snapshot, "ROLLBACK", null,
          Instant.now()));
      System.out.printf("Table %s is at snapshot %d again.%n", name, snapshot);
      return 0;
    }
  }

  @Command(name = "expire", description = "Expires old snapshots and removes files no snapshot uses.")
  static final class Expire extends OnTable {
    @Option(names = "--retain-last", paramLabel = "N", defaultValue = "10",
        description = "Always keep the last N snapshots (default 10).")
    int retainLast;

    @Option(names = "--older-than", paramLabel = "AGE", defaultValue = "7d", converter = DurationConverter.class,
        description = "Expire snapshots older than AGE beyond the last N (default 7d).")
    Duration olderThan;

    @Option(names = "--orphans-older-than", paramLabel = "AGE", defaultValue = "1d", converter = DurationConverter.class,
        description = "Remove unreferenced files older than AGE (default 1d; younger ones may belong to a run still writing).")
    Duration orphansOlderThan;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL for listing files (default: local[*]).")
    String master;

    @Override
    int run(JoineryCatalog catalog, IcebergTables tables) {
      try (CommandSession session = new CommandSession("joinery-expire", master, Map.of())) {
        IcebergTables.Expiry expiry = tables.expire(name, retainLast, olderThan,
            IcebergCatalogs.session(session.spark(), project.location()), orphansOlderThan);
        System.out.printf("Table %s: %d snapshots before, %d after; %d orphan files removed.%n", name,
            expiry.snapshotsBefore(), expiry.snapshotsAfter(), expiry.orphanFilesRemoved());
      }
      return 0;
    }
  }
}
