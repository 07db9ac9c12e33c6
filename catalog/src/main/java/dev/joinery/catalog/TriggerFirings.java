package dev.joinery.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every firing of a trigger ({@code joinery_trigger_firings}): why a job was started, queued or
 * skipped, and how its run ended. The scheduler's memory across restarts lives here: the newest
 * cron slot fired per job, the last time new files started one.
 */
public final class TriggerFirings {
  /**
   * One firing.
   *
   * @param slot the cron slot of a CRON firing, else null
   * @param runId the run (of the last attempt) in {@code joinery_runs}, null until known
   * @param outcome SUCCEEDED, FAILED, TIMEOUT or STOPPED; null while queued or running
   */
  public record Firing(String firingId, String job, String kind, String reason, Instant slot, Instant firedAt,
      String action, int attempts, String runId, String outcome, Instant endedAt, String message) {

    public Firing withAction(String action) {
      return new Firing(firingId, job, kind, reason, slot, firedAt, action, attempts, runId, outcome, endedAt, message);
    }

    public Firing withAttempt(int attempts, String runId) {
      return new Firing(firingId, job, kind, reason, slot, firedAt, action, attempts, runId, outcome, endedAt, message);
    }

    public Firing ended(String outcome, Instant endedAt, String message) {
      return new Firing(firingId, job, kind, reason, slot, firedAt, action, attempts, runId, outcome, endedAt, message);
    }
  }

  private static final String COLUMNS = "firing_id, job_name, kind, reason, slot, fired_at, action, attempts, run_id,"
      + " outcome, ended_at, message";

  private final JoineryCatalog catalog;

  public TriggerFirings(JoineryCatalog catalog) {
    this.catalog = catalog;
  }

  /** Records a firing, or what became of it since (same id). */
  public void save(Firing f) {
    run("record trigger firing of " + f.job(), c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO joinery_trigger_firings (" + COLUMNS + ")"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (firing_id) DO UPDATE SET action = excluded.action,"
          + " attempts = excluded.attempts, run_id = excluded.run_id, outcome = excluded.outcome,"
          + " ended_at = excluded.ended_at, message = excluded.message")) {
        Object[] values = {f.firingId(), f.job(), f.kind(), f.reason(), time(f.slot()), time(f.firedAt()), f.action(),
            f.attempts(), f.runId(), f.outcome(), time(f.endedAt()), f.message()};
        for (int i = 0; i < values.length; i++) {
          if (values[i] == null) {
            s.setNull(i + 1, Types.VARCHAR);
          } else if (values[i] instanceof Integer n) {
            s.setInt(i + 1, n);
          } else {
            s.setString(i + 1, values[i].toString());
          }
        }
        s.executeUpdate();
      }
      return null;
    });
  }

  /** The newest cron slot any firing of {@code job} was for, whatever became of it. */
  public Optional<Instant> lastSlot(String job) {
    return run("read the last cron slot of " + job, c -> single(c,
        "SELECT MAX(slot) FROM joinery_trigger_firings WHERE job_name = ? AND kind = 'CRON'", job));
  }

  /** When a firing of this kind last started or queued {@code job}. */
  public Optional<Instant> lastFired(String job, String kind) {
    return run("read the last firing of " + job, c -> single(c, "SELECT MAX(fired_at) FROM joinery_trigger_firings"
        + " WHERE job_name = ? AND kind = ? AND action <> 'SKIPPED' AND action <> 'MISSED'", job, kind));
  }

  /** When a run of {@code job} the scheduler started last began. */
  public Optional<Instant> lastStarted(String job) {
    return run("read the last start of " + job, c -> single(c, "SELECT MAX(fired_at) FROM joinery_trigger_firings"
        + " WHERE job_name = ? AND action = 'STARTED'", job));
  }

  /** When a run of {@code job} the scheduler started last ended in {@code outcome}. */
  public Optional<Instant> lastEnded(String job, String outcome) {
    return run("read the last " + outcome + " run of " + job, c -> single(c, "SELECT MAX(ended_at) FROM"
        + " joinery_trigger_firings WHERE job_name = ? AND outcome = ?", job, outcome));
  }

  /** Firings, newest first; of one job when {@code job} is not null. */
  public List<Firing> recent(String job, int limit) {
    return run("read trigger firings", c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM joinery_trigger_firings"
          + (job == null ? "" : " WHERE job_name = ?") + " ORDER BY fired_at DESC, slot DESC LIMIT " + limit)) {
        if (job != null) {
          q.setString(1, job);
        }
        List<Firing> firings = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            firings.add(new Firing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Timestamps.parse(rs.getString(5)), Timestamps.parse(rs.getString(6)), rs.getString(7), rs.getInt(8),
                rs.getString(9), rs.getString(10), Timestamps.parse(rs.getString(11)), rs.getString(12)));
          }
        }
        return firings;
      }
    });
  }

  /** The newest run of {@code job} that process {@code pid} on {@code host} recorded, as a launcher finds its child's run. */
  public Optional<String> runOfProcess(String job, String host, long pid) {
    return run("find the run of process " + pid, c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT run_id FROM joinery_runs WHERE job_name = ? AND host = ?"
          + " AND pid = ? ORDER BY started_at DESC LIMIT 1")) {
        q.setString(1, job);
        q.setString(2, host);
        q.setLong(3, pid);
        try (ResultSet rs = q.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  private static Optional<Instant> single(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        q.setString(i + 1, values[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.ofNullable(Timestamps.parse(rs.getString(1))) : Optional.empty();
      }
    }
  }

  private static String time(Instant instant) {
    return instant == null ? null : Timestamps.format(instant);
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T run(String what, Work<T> work) {
    try (Connection c = catalog.database().connect()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new CatalogException("Catalog " + catalog.location() + ": cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
