package dev.joinery.review.cli;

import dev.joinery.review.snapshot.SnapshotExport;
import dev.joinery.review.snapshot.SnapshotSource;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code joinery lineage export <build> <folder>}. */
@Command(name = "lineage", description = "Lineage snapshots.", subcommands = LineageCommand.Export.class)
final class LineageCommand {

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes a build's lineage JSON and diagrams into a folder to commit, e.g. lineage/.")
  static final class Export implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUILD", description = "a class folder or jar built with Joinery's processor")
    Path build;

    @Parameters(index = "1", paramLabel = "FOLDER", description = "the snapshot folder (created; stale Joinery files removed)")
    Path folder;

    @Override
    public Integer call() throws Exception {
      List<String> written = SnapshotExport.export(SnapshotSource.of(build), folder);
      System.out.println("Wrote " + written.size() + " files to " + folder);
      return 0;
    }
  }
}
