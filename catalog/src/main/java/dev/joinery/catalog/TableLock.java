package dev.joinery.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A run's exclusive hold on a table, kept as a row of {@code joinery_locks} so that every process
 * using the catalog sees it. The holder refreshes its heartbeat; a lock whose holder died (its
 * process is gone, or its heartbeat stopped for {@link #STALE_AFTER}) is taken over.
 */
public final class TableLock implements AutoCloseable {
  static final Duration HEARTBEAT = Duration.ofSeconds(5);
  static final Duration STALE_AFTER = Duration.ofSeconds(60);

  private final CatalogDatabase database;
  private final String table;
  private final String runId;
  private final ScheduledExecutorService heartbeat;

  private TableLock(CatalogDatabase database, String table, String runId) {
    this.database = database;
    this.table = table;
    this.runId = runId;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "joinery-lock-" + table);
      thread.setDaemon(true);
      return thread;
    });
    heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Waits until {@code runId} holds {@code table}. {@code waiting} hears once who holds it, if
   * anyone does.
   */
  static TableLock acquire(CatalogDatabase database, String table, String runId, Duration timeout,
      Consumer<String> waiting) {
    ProcessIdentity self = ProcessIdentity.current();
    Instant deadline = Instant.now().plus(timeout);
    boolean told = false;
    while (true) {
      try (Connection c = database.connect()) {
        if (tryInsert(c, table, runId, self)) {
          return new TableLock(database, table, runId);
        }
        Holder holder = holder(c, table);
        if (holder != null && holder.isStale()) {
          release(c, table, holder.runId);
          continue;
        }
        if (holder != null && !told) {
          waiting.accept("table " + table + " is locked by run " + holder.runId + " (" + holder.process.host()
              + ", pid " + holder.process.pid() + "); waiting");
          told = true;
        }
      } catch (SQLException e) {
        throw new CatalogException("Cannot lock table " + table + " in the catalog: " + e.getMessage(), e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new CatalogException("Table " + table + " stayed locked by another run for " + timeout.toSeconds()
            + " s; try again when it has finished (`joinery runs` shows it).");
      }
      sleep(200);
    }
  }

  public String table() {
    return table;
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    try (Connection c = database.connect()) {
      release(c, table, runId);
    } catch (SQLException e) {
      // The heartbeat has stopped, so the lock goes stale and the next run takes it over.
    }
  }

  private void beat() {
    try (Connection c = database.connect();
        PreparedStatement update = c.prepareStatement(
            "UPDATE joinery_locks SET heartbeat_at = ? WHERE table_name = ? AND run_id = ?")) {
      update.setString(1, Timestamps.format(Instant.now()));
      update.setString(2, table);
      update.setString(3, runId);
      update.executeUpdate();
    } catch (SQLException e) {
      // A missed beat is harmless unless they stop for STALE_AFTER.
    }
  }

  private static boolean tryInsert(Connection c, String table, String runId, ProcessIdentity self) throws SQLException {
    String now = Timestamps.format(Instant.now());
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO joinery_locks"
        + " (table_name, run_id, host, pid, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (table_name) DO NOTHING")) {
      insert.setString(1, table);
      insert.setString(2, runId);
      insert.setString(3, self.host());
      insert.setLong(4, self.pid());
      insert.setString(5, now);
      insert.setString(6, now);
      return insert.executeUpdate() == 1;
    }
  }

  private static Holder holder(Connection c, String table) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(
        "SELECT run_id, host, pid, heartbeat_at FROM joinery_locks WHERE table_name = ?")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? new Holder(rs.getString(1), new ProcessIdentity(rs.getString(2), rs.getLong(3)),
            Timestamps.parse(rs.getString(4))) : null;
      }
    }
  }

  private static void release(Connection c, String table, String runId) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM joinery_locks WHERE table_name = ? AND run_id = ?")) {
      delete.setString(1, table);
      delete.setString(2, runId);
      delete.executeUpdate();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CatalogException("Interrupted while waiting for a table lock", e);
    }
  }

  private record Holder(String runId, ProcessIdentity process, Instant heartbeat) {
    boolean isStale() {
      return !process.isAlive() || heartbeat.plus(STALE_AFTER).isBefore(Instant.now());
    }
  }
}
