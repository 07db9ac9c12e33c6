package dev.joinery.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a finished run did. Row counts are keyed by table or step name, in the order the job
 * defines them; a step that no sink needed has no count.
 *
 * @param runId the run's id in the catalog's history
 * @param sparkAppId the Spark application the run ran in
 * @param skippedRows per source table, rows left out under {@code malformedRows = SKIP}
 * @param firstSkipped per source table with skipped rows, the first problem found
 * @param expectations per {@code @Expect} rule of the sources, rows checked and rows breaking it
 * @param phaseMillis where the time went: checking inputs, each write (with the steps feeding it), the commit
 */
public record RunReport(
    String job,
    String runId,
    String sparkAppId,
    Map<String, Long> rowsRead,
    Map<String, Long> rowsPerStep,
    Map<String, Long> rowsWritten,
    Map<String, Long> skippedRows,
    Map<String, String> firstSkipped,
    Map<String, String> outputs,
    List<Expectations.Result> expectations,
    Map<String, Long> phaseMillis,
    Duration elapsed) {}
