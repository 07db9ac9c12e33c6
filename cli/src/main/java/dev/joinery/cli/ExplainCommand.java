package dev.joinery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.ExplainMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain",
    description = "Shows a job's steps (translated to Spark expressions or run as JVM code), its column lineage,"
        + " and Spark's physical plan, without running it.")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "JOB", description = "The job's name, as `joinery list` shows it.")
  String jobName;

  @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = "${env:JOINERY_BASE_DIR:-.}",
      description = "Directory that relative table locations resolve against.")
  Path baseDir;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default: local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    Optional<JoineryJob> job = JobCatalog.findOrReport(jobName);
    if (job.isEmpty()) {
      return 2;
    }
    JsonNode lineage = lineage(job.get());
    PrintStream out = System.out;
    out.printf("Job %s: %s%n", job.get().name(), job.get().description().lines().findFirst().orElse(""));
    printSteps(lineage, out);
    printColumnLineage(lineage, out);
    try (CommandSession session = new CommandSession("joinery-explain", master, Map.of())) {
      for (Map.Entry<String, Dataset<Row>> sink
          : JobLauncher.plan(job.get(), session.spark(), RunOptions.in(baseDir)).sinks().entrySet()) {
        out.printf("%nPhysical plan writing %s:%n", sink.getKey());
        out.println(sink.getValue().queryExecution().explainString(ExplainMode.fromString("formatted")));
      }
    }
    return 0;
  }

  private static JsonNode lineage(JoineryJob job) throws IOException {
    String resource = "META-INF/joinery/" + job.name() + ".lineage.json";
    try (InputStream in = job.getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource + " on the classpath; was the job compiled by Joinery's processor?");
      }
      return new ObjectMapper().readTree(in);
    }
  }

  private static void printSteps(JsonNode lineage, PrintStream out) {
    out.println();
    out.println("Steps:");
    for (JsonNode step : lineage.get("steps")) {
      String how = step.get("translated").asBoolean() ? "Spark expression"
          : "JVM code over rows (" + step.path("jvmReason").asText() + ")";
      out.printf("  %-20s %-12s %s%n", step.get("name").asText(), step.get("kind").asText(), how);
      List<String> reads = new ArrayList<>();
      step.get("inputs").forEach(i -> reads.add(i.asText()));
      out.printf("      reads %s, produces %s%s%n", String.join(", ", reads), step.get("output").asText(),
          step.get("conservativeLineage").asBoolean() ? " (lineage: every component the body reads)" : "");
      step.get("fields").fields().forEachRemaining(f -> out.printf("      %-18s <- %s%n", f.getKey(), deps(f.getValue())));
      if (!step.get("dataset").isEmpty()) {
        out.printf("      %-18s <- %s%n", "(which rows)", deps(step.get("dataset")));
      }
    }
  }

  private static void printColumnLineage(JsonNode lineage, PrintStream out) {
    for (JsonNode output : lineage.get("outputs")) {
      out.printf("%nColumn lineage of %s:%n", output.get("name").asText());
      JsonNode columns = output.get("facets").get("columnLineage");
      columns.get("fields").fields().forEachRemaining(f ->
          out.printf("  %-20s <- %s%n", f.getKey(), deps(f.getValue().get("inputFields"))));
      out.printf("  %-20s <- %s%n", "(which rows)", deps(columns.get("dataset")));
    }
  }

  /** "raw.orders.price (DIRECT/AGGREGATION), ..." */
  private static String deps(JsonNode inputFields) {
    List<String> deps = new ArrayList<>();
    for (JsonNode field : inputFields) {
      List<String> how = new ArrayList<>();
      field.get("transformations").forEach(t -> how.add(t.get("type").asText() + "/" + t.get("subtype").asText()));
      deps.add(field.get("name").asText() + "." + field.get("field").asText() + " (" + String.join(", ", how) + ")");
    }
    return deps.isEmpty() ? "(nothing: counts rows)" : String.join(", ", deps);
  }
}
