package dev.joinery.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.runtime.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code joinery run --report FILE}: how the run ended, as JSON for a scheduler or CI to read. */
final class RunReportFile {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReportFile() {}

  static void succeeded(Path file, RunReport report) throws IOException {
    ObjectNode json = JSON.createObjectNode()
        .put("job", report.job())
        .put("runId", report.runId())
        .put("status", "SUCCEEDED")
        .put("seconds", report.elapsed().toMillis() / 1000.0)
        .put("sparkAppId", report.sparkAppId());
    json.set("rowsRead", JSON.valueToTree(report.rowsRead()));
    json.set("rowsPerStep", JSON.valueToTree(report.rowsPerStep()));
    json.set("rowsWritten", JSON.valueToTree(report.rowsWritten()));
    json.set("skippedRows", JSON.valueToTree(report.skippedRows()));
    json.set("firstSkipped", JSON.valueToTree(report.firstSkipped()));
    json.set("outputs", JSON.valueToTree(report.outputs()));
    json.set("expectations", JSON.valueToTree(report.expectations()));
    json.set("phaseMillis", JSON.valueToTree(report.phaseMillis()));
    write(file, json);
  }

  /**
   * @param runId the failed run's id in the run history, null if it failed before the catalog recorded it
   * @param failure DATA (bad data), TIMEOUT or ERROR: whether a scheduler should try again
   */
  static void failed(Path file, String job, String runId, String error, String failure) throws IOException {
    write(file, JSON.createObjectNode().put("job", job).put("runId", runId).put("status", "FAILED").put("error", error)
        .put("failure", failure));
  }

  private static void write(Path file, ObjectNode json) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(file, JSON.writeValueAsString(json) + "\n");
  }
}
