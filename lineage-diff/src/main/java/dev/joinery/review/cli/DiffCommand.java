package dev.joinery.review.cli;

import dev.joinery.diagram.dot.DotRenderer;
import dev.joinery.diagram.svg.SvgRenderer;
import dev.joinery.review.compare.Change;
import dev.joinery.review.compare.Severity;
import dev.joinery.review.compare.SnapshotComparator;
import dev.joinery.review.report.DiffDiagram;
import dev.joinery.review.report.JsonReport;
import dev.joinery.review.report.MarkdownReport;
import dev.joinery.review.snapshot.Snapshot;
import dev.joinery.review.snapshot.SnapshotReader;
import dev.joinery.review.snapshot.SnapshotSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code joinery diff <base> <head>}: what data changes between two builds, and who downstream is hit. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compares the lineage of two builds (snapshot folders, class folders or jars), classifies each "
        + "change and follows it downstream. Prints Markdown for a pull-request comment.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done (and no change reached --fail-on)", "1:a change at or above --fail-on",
        "2:bad arguments or unreadable lineage"})
final class DiffCommand implements Callable<Integer> {
  static final int FAILED_GATE = 1;
  static final int BAD_INPUT = 2;

  @Parameters(index = "0", paramLabel = "BASE", description = "the lineage before the change")
  Path base;

  @Parameters(index = "1", paramLabel = "HEAD", description = "the lineage after the change")
  Path head;

  @Option(names = "--markdown", paramLabel = "FILE", description = "write the Markdown report here instead of printing it")
  Path markdown;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the changes as JSON")
  Path json;

  @Option(names = "--svg", paramLabel = "FILE", description = "also draw the affected part of the lineage graph (SVG; "
      + "the DOT source goes beside it)")
  Path svg;

  @Option(names = "--fail-on", paramLabel = "CLASS",
      description = "exit 1 when a change is at least this severe: breaking, partially-breaking or non-breaking")
  String failOn;

  @Override
  public Integer call() throws IOException {
    final Severity gate;
    try {
      gate = failOn == null ? null : Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      System.err.println("--fail-on must be breaking, partially-breaking or non-breaking, not '" + failOn + "'");
      return BAD_INPUT;
    }
    Snapshot before;
    Snapshot after;
    SnapshotReader reader = new SnapshotReader();
    try {
      before = reader.read(SnapshotSource.of(base));
      after = reader.read(SnapshotSource.of(head));
    } catch (IOException e) {
      System.err.println("joinery diff: " + e.getMessage());
      return BAD_INPUT;
    }
    List<Change> changes = new SnapshotComparator(before, after).compare();
    String report = MarkdownReport.render(changes, base.toString(), head.toString());
    if (markdown != null) {
      write(markdown, report);
    } else {
      System.out.print(report);
    }
    if (json != null) {
      write(json, JsonReport.render(changes, base.toString(), head.toString()));
    }
    if (svg != null) {
      String dot = new DotRenderer().render(DiffDiagram.of(changes, before, after));
      write(svg.resolveSibling(svg.getFileName() + ".dot"), dot);
      String rendered = new SvgRenderer(System.err::println).render(dot).orElse(null);
      if (rendered != null) {
        write(svg, rendered);
      }
    }
    return gate != null && changes.stream().anyMatch(c -> c.severity().compareTo(gate) >= 0) ? FAILED_GATE : 0;
  }

  private static void write(Path file, String content) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
