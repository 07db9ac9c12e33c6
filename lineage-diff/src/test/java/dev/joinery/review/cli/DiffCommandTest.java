package dev.joinery.review.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.review.SampleBuildsAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command a CI job runs: a snapshot folder against a fresh build, reports written, exit code as a gate. */
class DiffCommandTest {

  @Test
  void exportedSnapshotAgainstATightenedFilterGatesOnBreaking(@TempDir Path temp) throws Exception {
    Path base = SampleBuildsAccess.build(temp.resolve("base"), null, null, null);
    Path head = SampleBuildsAccess.build(temp.resolve("head"), "DailyRevenueJob.java", "o.quantity() != null;",
        "o.quantity() != null && o.quantity() > 1;");
    Path snapshot = temp.resolve("lineage");
    assertEquals(0, new CommandLine(new ReviewCli()).execute("lineage", "export", base.toString(), snapshot.toString()));
    assertTrue(Files.isRegularFile(snapshot.resolve("daily_revenue.lineage.json")));

    Path out = temp.resolve("out");
    int exit = new CommandLine(new ReviewCli()).execute("diff", snapshot.toString(), head.toString(),
        "--markdown", out.resolve("diff.md").toString(), "--json", out.resolve("diff.json").toString(),
        "--svg", out.resolve("diff.svg").toString(), "--fail-on", "breaking");

    assertEquals(1, exit);
    String markdown = Files.readString(out.resolve("diff.md"), StandardCharsets.UTF_8);
    assertTrue(markdown.contains("**1 breaking**, 0 partially breaking, 0 non-breaking"), markdown);
    assertTrue(markdown.contains("| 🔴 breaking | step changed | `daily_revenue.paid` |"), markdown);
    JsonNode json = new ObjectMapper().readTree(out.resolve("diff.json").toFile());
    assertEquals(1, json.get("summary").get("breaking").asInt());
    assertEquals("reports.top_markets", json.get("changes").get(0).get("downstream").get("tables").get(1).asText());
    String dot = Files.readString(out.resolve("diff.svg.dot"), StandardCharsets.UTF_8);
    assertTrue(dot.contains("label=\"daily_revenue\", style=filled, fillcolor=\"#ffe9a8\""), dot);
    assertTrue(Files.readString(out.resolve("diff.svg"), StandardCharsets.UTF_8).startsWith("<svg"));

    assertEquals(1, new CommandLine(new ReviewCli()).execute("diff", snapshot.toString(), head.toString(),
        "--markdown", out.resolve("again.md").toString(), "--fail-on", "partially-breaking"));
    assertEquals(0, new CommandLine(new ReviewCli()).execute("diff", snapshot.toString(), base.toString(),
        "--markdown", out.resolve("none.md").toString(), "--fail-on", "non-breaking"));
    assertEquals(2, new CommandLine(new ReviewCli()).execute("diff", temp.resolve("missing").toString(), head.toString()));
  }
}
