package dev.joinery.cli;

import dev.joinery.catalog.BookmarkFile;
import dev.joinery.catalog.CatalogException;
import dev.joinery.catalog.JoineryCatalog;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code joinery bookmark show|reset|rewind}: what the bookmarks of a job say it has processed. */
@Command(name = "bookmark", description = "Shows, resets and rewinds a job's bookmarks: the source files its"
    + " successful runs have processed, which its next run does not read again.",
    subcommands = {BookmarkCommand.Show.class, BookmarkCommand.Reset.class, BookmarkCommand.Rewind.class})
final class BookmarkCommand {
  /** How the catalog records the Iceberg snapshot a run read up to, in place of a file path. */
  private static final String ICEBERG_ENTRY = "iceberg snapshot ";

  abstract static class OnJob implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(index = "0", paramLabel = "JOB", description = "The job's name.")
    String job;

    @Override
    public final Integer call() {
      try {
        return run(project.open());
      } catch (CatalogException e) {
        System.err.println(e.getMessage());
        return 2;
      }
    }

    abstract int run(JoineryCatalog catalog);
  }

  @Command(name = "show", description = "Per bookmarked table: the files processed, their bytes, the newest"
      + " file's modification time and the run that last advanced the bookmark (for an Iceberg table: the"
      + " snapshot read up to and the rows read).")
  static final class Show extends OnJob {
    @Option(names = "--files", description = "List every processed file.")
    boolean files;

    @Override
    int run(JoineryCatalog catalog) {
      List<BookmarkFile> processed = catalog.bookmarkFiles(job, null, false);
      if (processed.isEmpty()) {
        System.out.println("No bookmarks recorded for job " + job + ": its next run reads every file of its"
            + " bookmarked tables.");
        return 0;
      }
      if (files) {
        Tables.print(System.out, List.of("table", "file", "bytes", "modified", "run", "committed"), processed.stream()
            .map(f -> List.of(f.table(), f.path(), Long.toString(f.size()), f.modifiedAt().toString(), f.runId(),
                f.committedAt().toString()))
            .toList());
        return 0;
      }
      Map<String, List<BookmarkFile>> byTable = new LinkedHashMap<>();
      processed.forEach(f -> byTable.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(f));
      List<List<String>> rows = new ArrayList<>();
      byTable.forEach((table, list) -> {
        BookmarkFile last = list.stream().max(Comparator.comparing(BookmarkFile::committedAt)).orElseThrow();
        Instant newest = list.stream().map(BookmarkFile::modifiedAt).max(Comparator.naturalOrder()).orElseThrow();
        boolean iceberg = last.path().startsWith(ICEBERG_ENTRY);
        // An Iceberg source's entries are snapshots: where the last run read up to, and the rows they added.
        rows.add(List.of(table, iceberg ? last.path().substring(ICEBERG_ENTRY.length()) : list.size() + " files",
            iceberg ? list.stream().mapToLong(BookmarkFile::size).sum() + " rows"
                : list.stream().mapToLong(BookmarkFile::size).sum() + " bytes",
            newest.toString(), last.committedAt().toString(), last.runId()));
      });
      Tables.print(System.out, List.of("table", "read", "size", "newest", "advanced", "by run"), rows);
      return 0;
    }
  }

  @Command(name = "reset", description = "Forgets the processed files, of one table or all: the next run reads"
      + " every file again.")
  static final class Reset extends OnJob {
    @Option(names = "--table", paramLabel = "TABLE", description = "Only this source table's bookmark.")
    String table;

    @Override
    int run(JoineryCatalog catalog) {
      int forgotten = catalog.resetBookmarks(job, table);
      System.out.printf("Reset the bookmark%s of job %s%s: %d file%s forgotten; the next run reads them again.%n",
          table == null ? "s" : "", job, table == null ? "" : " on " + table, forgotten, forgotten == 1 ? "" : "s");
      return 0;
    }
  }

  @Command(name = "rewind", description = "Puts the bookmarks back to where a run left them, or to a time: the"
      + " files later runs processed are read again by the next run.")
  static final class Rewind extends OnJob {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target to;

    static final class Target {
      @Option(names = "--to-run", paramLabel = "RUN_ID", description = "A run of the job (see joinery runs --job JOB).")
      String run;

      @Option(names = "--to-time", paramLabel = "TIME", description = "An ISO-8601 time, as 2026-12-01T10:00:00Z.")
      String time;
    }

    @Override
    int run(JoineryCatalog catalog) {
      int forgotten;
      String where;
      if (to.run != null) {
        forgotten = catalog.rewindBookmarksToRun(job, to.run);
        where = "run " + to.run;
      } else {
        Instant time;
        try {
          time = Instant.parse(to.time);
        } catch (DateTimeParseException e) {
          System.err.println("'" + to.time + "' is not an ISO-8601 time such as 2026-12-01T10:00:00Z.");
          return 2;
        }
        forgotten = catalog.rewindBookmarksToTime(job, time);
        where = time.toString();
      }
      System.out.printf("Rewound the bookmarks of job %s to %s: %d file%s forgotten; the next run reads them again.%n",
          job, where, forgotten, forgotten == 1 ? "" : "s");
      return 0;
    }
  }
}
