package dev.joinery.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the {@code @Expect} rules of a job's sources found, per run and rule ({@code joinery_expectation_results}). */
public final class ExpectationResults {
  /** One rule in one run: rows checked and rows that broke it, and what was done with them. */
  public record Result(String runId, String job, String table, String rule, String column, String action,
      long rowsChecked, long rowsFailed, Instant recordedAt) {}

  private ExpectationResults() {}

  /** Records a run's results, replacing any recorded for the same run, table and rule. */
  public static void record(JoineryCatalog catalog, List<Result> results) {
    if (results.isEmpty()) {
      return;
    }
    try (Connection c = catalog.database().connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO joinery_expectation_results"
          + " (run_id, job_name, table_name, rule, column_name, action, rows_checked, rows_failed, recorded_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, table_name, rule) DO UPDATE SET"
          + " rows_checked = excluded.rows_checked, rows_failed = excluded.rows_failed")) {
        for (Result r : results) {
          insert.setString(1, r.runId());
          insert.setString(2, r.job());
          insert.setString(3, r.table());
          insert.setString(4, r.rule());
          insert.setString(5, r.column());
          insert.setString(6, r.action());
          insert.setLong(7, r.rowsChecked());
          insert.setLong(8, r.rowsFailed());
          insert.setString(9, Timestamps.format(r.recordedAt()));
          insert.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new CatalogException("Cannot record expectation results: " + e.getMessage(), e);
    }
  }

  /** The results of one run, by table, column and rule. */
  public static List<Result> ofRun(JoineryCatalog catalog, String runId) {
    return select(catalog, "run " + runId, "SELECT run_id, job_name, table_name, rule, column_name, action,"
        + " rows_checked, rows_failed, recorded_at FROM joinery_expectation_results WHERE run_id = ?"
        + " ORDER BY table_name, column_name, rule", runId);
  }

  /** The results of a job's newest {@code runs} runs that have any, newest first, rules in recorded order. */
  public static List<Result> ofJob(JoineryCatalog catalog, String job, int runs) {
    String sql = "SELECT run_id, job_name, table_name, rule, column_name, action, rows_checked, rows_failed,"
        + " recorded_at FROM joinery_expectation_results WHERE job_name = ? AND run_id IN (SELECT run_id FROM"
        + " (SELECT DISTINCT run_id, recorded_at FROM joinery_expectation_results WHERE job_name = ?"
        + " ORDER BY recorded_at DESC LIMIT " + runs + ") newest) ORDER BY recorded_at DESC, run_id, table_name, column_name, rule";
    return select(catalog, "job " + job, sql, job, job);
  }

  private static List<Result> select(JoineryCatalog catalog, String of, String sql, String... parameters) {
    try (Connection c = catalog.database().connect(); PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setString(i + 1, parameters[i]);
      }
      List<Result> results = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          results.add(new Result(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), Timestamps.parse(rs.getString(9))));
        }
      }
      return results;
    } catch (SQLException e) {
      throw new CatalogException("Cannot read expectation results of " + of + ": " + e.getMessage(), e);
    }
  }
}
