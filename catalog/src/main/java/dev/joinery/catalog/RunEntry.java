package dev.joinery.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One run of a job.
 *
 * @param endedAt null while running
 * @param error the short failure message, null if the run succeeded or is running
 */
public record RunEntry(String runId, String job, Instant startedAt, Instant endedAt, RunStatus status,
    String error, List<TableRows> tables) {

  public RunEntry {
    tables = List.copyOf(tables);
  }

  /** Rows a run read from or wrote to one table. */
  public record TableRows(String table, Role role, Long rows) {}

  public enum Role { READ, WRITE }

  public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** The process ended without finishing the run (killed); found by a later run or listing. */
    ABANDONED
  }
}
