package dev.joinery.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * What the run history keeps of a run beyond its status and table rows: the Spark application it
 * ran in, its steps with their rows ({@code joinery_run_steps}) and where its time went ({@code
 * joinery_run_phases}).
 *
 * @param sparkAppId Spark's application id ({@code local-...}, {@code app-...}), null if not known
 */
public record RunDetails(String runId, String sparkAppId, List<Step> steps, List<Phase> phases) {

  public RunDetails {
    steps = List.copyOf(steps);
    phases = List.copyOf(phases);
  }

  /** A step of the job, in job order, with the rows it made; {@code rows} null when not counted. */
  public record Step(String name, String kind, Long rows) {}

  /** A part of the run and how long it took. */
  public record Phase(String name, long millis) {}

  /** Records the details of a run, replacing any recorded before for it (a run records them once it ends). */
  public void record(JoineryCatalog catalog) {
    try (Connection c = catalog.database().connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement app = c.prepareStatement("UPDATE joinery_runs SET spark_app_id = ? WHERE run_id = ?");
          PreparedStatement clearSteps = c.prepareStatement("DELETE FROM joinery_run_steps WHERE run_id = ?");
          PreparedStatement clearPhases = c.prepareStatement("DELETE FROM joinery_run_phases WHERE run_id = ?");
          PreparedStatement step = c.prepareStatement("INSERT INTO joinery_run_steps"
              + " (run_id, position, step, kind, row_count) VALUES (?, ?, ?, ?, ?)");
          PreparedStatement phase = c.prepareStatement("INSERT INTO joinery_run_phases"
              + " (run_id, position, phase, millis) VALUES (?, ?, ?, ?)")) {
        app.setString(1, sparkAppId);
        app.setString(2, runId);
        app.executeUpdate();
        for (PreparedStatement clear : List.of(clearSteps, clearPhases)) {
          clear.setString(1, runId);
          clear.executeUpdate();
        }
        for (int i = 0; i < steps.size(); i++) {
          step.setString(1, runId);
          step.setInt(2, i);
          step.setString(3, steps.get(i).name());
          step.setString(4, steps.get(i).kind());
          if (steps.get(i).rows() == null) {
            step.setNull(5, Types.BIGINT);
          } else {
            step.setLong(5, steps.get(i).rows());
          }
          step.executeUpdate();
        }
        for (int i = 0; i < phases.size(); i++) {
          phase.setString(1, runId);
          phase.setInt(2, i);
          phase.setString(3, phases.get(i).name());
          phase.setLong(4, phases.get(i).millis());
          phase.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new CatalogException("Cannot record the details of run " + runId + ": " + e.getMessage(), e);
    }
  }

  /** The recorded details of a run; no steps and no phases if it recorded none. */
  public static RunDetails of(JoineryCatalog catalog, String runId) {
    try (Connection c = catalog.database().connect();
        PreparedStatement app = c.prepareStatement("SELECT spark_app_id FROM joinery_runs WHERE run_id = ?");
        PreparedStatement steps = c.prepareStatement(
            "SELECT step, kind, row_count FROM joinery_run_steps WHERE run_id = ? ORDER BY position");
        PreparedStatement phases = c.prepareStatement(
            "SELECT phase, millis FROM joinery_run_phases WHERE run_id = ? ORDER BY position")) {
      app.setString(1, runId);
      steps.setString(1, runId);
      phases.setString(1, runId);
      String sparkAppId = null;
      try (ResultSet rs = app.executeQuery()) {
        if (rs.next()) {
          sparkAppId = rs.getString(1);
        }
      }
      List<Step> stepList = new ArrayList<>();
      try (ResultSet rs = steps.executeQuery()) {
        while (rs.next()) {
          long rows = rs.getLong(3);
          Long counted = rs.wasNull() ? null : rows;
          stepList.add(new Step(rs.getString(1), rs.getString(2), counted));
        }
      }
      List<Phase> phaseList = new ArrayList<>();
      try (ResultSet rs = phases.executeQuery()) {
        while (rs.next()) {
          phaseList.add(new Phase(rs.getString(1), rs.getLong(2)));
        }
      }
      return new RunDetails(runId, sparkAppId, stepList, phaseList);
    } catch (SQLException e) {
      throw new CatalogException("Cannot read the details of run " + runId + ": " + e.getMessage(), e);
    }
  }
}
