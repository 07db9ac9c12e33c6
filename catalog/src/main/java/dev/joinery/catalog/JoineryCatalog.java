package dev.joinery.catalog;

import dev.joinery.catalog.RunEntry.Role;
import dev.joinery.catalog.RunEntry.RunStatus;
import dev.joinery.catalog.RunEntry.TableRows;
import dev.joinery.catalog.TableEntry.ColumnEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Joinery's metadata in the catalog database: tables with their columns, jobs, runs with the rows
 * they read and wrote, the table versions runs committed, and table locks. Every method opens its
 * own connection, so one instance serves threads and several processes share one database.
 */
public final class JoineryCatalog {
  private final CatalogDatabase database;

  private JoineryCatalog(CatalogDatabase database) {
    this.database = database;
  }

  /** Opens the catalog at {@code location}, creating its tables if they are missing. */
  public static JoineryCatalog open(CatalogLocation location) {
    CatalogDatabase database = new CatalogDatabase(location);
    database.initialize();
    return new JoineryCatalog(database);
  }

  public CatalogLocation location() {
    return database.location();
  }

  /** The catalog's database, for the record kinds kept in classes of their own ({@link ExpectationResults}). */
  CatalogDatabase database() {
    return database;
  }

  /** Adds the table, or updates what the catalog says of it; its database is created if new. */
  public void registerTable(TableEntry table) {
    transaction("register table " + table.name(), c -> {
      String now = Timestamps.format(Instant.now());
      update(c, "INSERT INTO joinery_databases (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
          table.database(), now);
      update(c, "INSERT INTO joinery_tables (name, database_name, location, format, options, partition_by,"
              + " description, writer_job, registered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (name) DO UPDATE SET location = excluded.location, format = excluded.format,"
              + " options = excluded.options, partition_by = excluded.partition_by,"
              + " description = excluded.description,"
              + " writer_job = COALESCE(excluded.writer_job, joinery_tables.writer_job),"
              + " updated_at = excluded.updated_at",
          table.name(), table.database(), table.location(), table.format(), lines(table.options()),
          String.join(",", table.partitionBy()), table.description(), table.writerJob(), now, now);
      update(c, "DELETE FROM joinery_columns WHERE table_name = ?", table.name());
      int position = 0;
      for (ColumnEntry column : table.columns()) {
        update(c, "INSERT INTO joinery_columns (table_name, position, name, type, nullable) VALUES (?, ?, ?, ?, ?)",
            table.name(), position++, column.name(), column.type(), column.nullable() ? 1 : 0);
      }
      return null;
    });
  }

  /** Adds the job, or updates it, with the tables it reads and writes. */
  public void registerJob(JobEntry job) {
    transaction("register job " + job.name(), c -> {
      String now = Timestamps.format(Instant.now());
      update(c, "INSERT INTO joinery_jobs (name, description, schedule, registered_at, updated_at) VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT (name) DO UPDATE SET description = excluded.description,"
              + " schedule = excluded.schedule, updated_at = excluded.updated_at",
          job.name(), job.description(), job.schedule(), now, now);
      update(c, "DELETE FROM joinery_job_tables WHERE job_name = ?", job.name());
      for (String table : job.reads()) {
        update(c, "INSERT INTO joinery_job_tables (job_name, table_name, role) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING", job.name(), table, "read");
      }
      for (String table : job.writes()) {
        update(c, "INSERT INTO joinery_job_tables (job_name, table_name, role) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING", job.name(), table, "write");
      }
      return null;
    });
  }

  /** Records that a run of {@code job} started in this process; returns its id. */
  public String startRun(String job) {
    markAbandonedRuns();
    String runId = UUID.randomUUID().toString();
    ProcessIdentity self = ProcessIdentity.current();
    transaction("record run of " + job, c -> update(c, "INSERT INTO joinery_runs"
            + " (run_id, job_name, started_at, status, host, pid) VALUES (?, ?, ?, ?, ?, ?)",
        runId, job, Timestamps.format(Instant.now()), RunStatus.RUNNING.name(), self.host(), self.pid()));
    return runId;
  }

  /** Records how a run ended and the rows it read and wrote per table. */
  public void finishRun(String runId, RunStatus status, String error, List<TableRows> tables) {
    transaction("record end of run " + runId, c -> {
      update(c, "UPDATE joinery_runs SET ended_at = ?, status = ?, error = ? WHERE run_id = ?",
          Timestamps.format(Instant.now()), status.name(), error, runId);
      for (TableRows rows : tables) {
        update(c, "INSERT INTO joinery_run_tables (run_id, table_name, role, row_count) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (run_id, table_name, role) DO UPDATE SET row_count = excluded.row_count",
            runId, rows.table(), rows.role().name().toLowerCase(java.util.Locale.ROOT), rows.rows());
      }
      // The files a run read but did not commit (it failed) are not processed: the next run reads them.
      update(c, "DELETE FROM joinery_bookmarks WHERE run_id = ? AND committed_at IS NULL", runId);
      return null;
    });
  }

  /**
   * Records the files a run of a bookmarked job is reading, as not yet processed: they count only
   * after {@link #commitBookmarks}.
   */
  public void recordBookmarkFiles(String runId, List<BookmarkFile> files) {
    if (files.isEmpty()) {
      return;
    }
    transaction("record the files run " + runId + " reads", c -> {
      for (BookmarkFile f : files) {
        update(c, "INSERT INTO joinery_bookmarks (job_name, table_name, path, size, modified_at, run_id,"
                + " committed_at) VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING",
            f.job(), f.table(), f.path(), f.size(), Timestamps.format(f.modifiedAt()), runId);
      }
      return null;
    });
  }

  /**
   * Advances the bookmarks: the files {@code runId} read count as processed from now on. Called
   * right after the run committed its outputs, and never for a run that did not.
   */
  public int commitBookmarks(String runId) {
    return transaction("advance the bookmarks of run " + runId, c -> updateCount(c,
        "UPDATE joinery_bookmarks SET committed_at = ? WHERE run_id = ? AND committed_at IS NULL",
        Timestamps.format(Instant.now()), runId));
  }

  /**
   * The processed files of {@code job}, of one source table or all ({@code table} null), oldest
   * commit first; with {@code pending}, also those of runs that have not committed (running, or
   * killed before their commit).
   */
  public List<BookmarkFile> bookmarkFiles(String job, String table, boolean pending) {
    return query("read the bookmarks of " + job, c -> {
      List<BookmarkFile> files = new ArrayList<>();
      String sql = "SELECT table_name, path, size, modified_at, run_id, committed_at FROM joinery_bookmarks"
          + " WHERE job_name = ?" + (table == null ? "" : " AND table_name = ?")
          + (pending ? "" : " AND committed_at IS NOT NULL")
          + " ORDER BY table_name, committed_at, path";
      try (PreparedStatement q = c.prepareStatement(sql)) {
        q.setString(1, job);
        if (table != null) {
          q.setString(2, table);
        }
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            files.add(new BookmarkFile(job, rs.getString(1), rs.getString(2), rs.getLong(3),
                Timestamps.parse(rs.getString(4)), rs.getString(5), Timestamps.parse(rs.getString(6))));
          }
        }
      }
      return files;
    });
  }

  /** Forgets the processed files of {@code job}, of one table or all ({@code table} null). */
  public int resetBookmarks(String job, String table) {
    return transaction("reset the bookmarks of " + job, c -> table == null
        ? updateCount(c, "DELETE FROM joinery_bookmarks WHERE job_name = ?", job)
        : updateCount(c, "DELETE FROM joinery_bookmarks WHERE job_name = ? AND table_name = ?", job, table));
  }

  /**
   * Puts {@code job}'s bookmarks back to where run {@code runId} of the job left them: forgets the
   * files of every run of the job that started after it.
   *
   * @throws CatalogException if the run is not a run of the job
   */
  public int rewindBookmarksToRun(String job, String runId) {
    return transaction("rewind the bookmarks of " + job, c -> {
      String started;
      try (PreparedStatement q = c.prepareStatement("SELECT started_at FROM joinery_runs WHERE run_id = ? AND job_name = ?")) {
        q.setString(1, runId);
        q.setString(2, job);
        try (ResultSet rs = q.executeQuery()) {
          if (!rs.next()) {
            throw new CatalogException("No run " + runId + " of job " + job + " in catalog " + database.location()
                + "; joinery runs --job " + job + " lists them.");
          }
          started = rs.getString(1);
        }
      }
      return updateCount(c, "DELETE FROM joinery_bookmarks WHERE job_name = ? AND run_id IN"
          + " (SELECT run_id FROM joinery_runs WHERE job_name = ? AND started_at > ?)", job, job, started);
    });
  }

  /** Puts {@code job}'s bookmarks back to where they were at {@code time}: forgets later commits. */
  public int rewindBookmarksToTime(String job, Instant time) {
    return transaction("rewind the bookmarks of " + job, c -> updateCount(c,
        "DELETE FROM joinery_bookmarks WHERE job_name = ? AND (committed_at IS NULL OR committed_at > ?)",
        job, Timestamps.format(time)));
  }

  /** Records a version of a table that a run committed. */
  public void recordVersion(TableVersion version) {
    transaction("record version of " + version.table(), c -> update(c, "INSERT INTO joinery_table_versions"
            + " (table_name, run_id, snapshot_id, operation, row_count, committed_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (table_name, run_id) DO UPDATE SET snapshot_id = excluded.snapshot_id,"
            + " operation = excluded.operation, row_count = excluded.row_count, committed_at = excluded.committed_at",
        version.table(), version.runId(), version.snapshotId(), version.operation(), version.rows(),
        Timestamps.format(version.committedAt())));
  }

  /**
   * Holds {@code table} for {@code runId} until the lock is closed, waiting up to {@code timeout}
   * for another run to release it.
   */
  public TableLock lock(String table, String runId, Duration timeout, Consumer<String> waiting) {
    return TableLock.acquire(database, table, runId, timeout, waiting);
  }

  public List<TableEntry> tables() {
    return query("read tables", c -> {
      List<TableEntry> tables = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT name FROM joinery_tables ORDER BY name");
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          tables.add(table(c, rs.getString(1)).orElseThrow());
        }
      }
      return tables;
    });
  }

  public Optional<TableEntry> table(String name) {
    return query("read table " + name, c -> table(c, name));
  }

  /** The versions runs committed of {@code table}, newest first. */
  public List<TableVersion> versions(String table) {
    return query("read versions of " + table, c -> {
      List<TableVersion> versions = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT run_id, snapshot_id, operation, row_count, committed_at"
          + " FROM joinery_table_versions WHERE table_name = ? ORDER BY committed_at DESC, run_id")) {
        q.setString(1, table);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            versions.add(new TableVersion(table, rs.getString(1), nullableLong(rs, 2), rs.getString(3),
                nullableLong(rs, 4), Timestamps.parse(rs.getString(5))));
          }
        }
      }
      return versions;
    });
  }

  /** Runs newest first, of one job or of all ({@code job} null), at most {@code limit}. */
  public List<RunEntry> runs(String job, int limit) {
    return runs(job == null ? "" : " WHERE job_name = ?", job, limit);
  }

  /** One run, by its id. */
  public Optional<RunEntry> run(String runId) {
    return runs(" WHERE run_id = ?", runId, 1).stream().findFirst();
  }

  private List<RunEntry> runs(String where, String parameter, int limit) {
    markAbandonedRuns();
    return query("read runs", c -> {
      List<RunEntry> runs = new ArrayList<>();
      String sql = "SELECT run_id, job_name, started_at, ended_at, status, error FROM joinery_runs"
          + where + " ORDER BY started_at DESC, run_id LIMIT " + limit;
      try (PreparedStatement q = c.prepareStatement(sql)) {
        if (parameter != null) {
          q.setString(1, parameter);
        }
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            runs.add(new RunEntry(rs.getString(1), rs.getString(2), Timestamps.parse(rs.getString(3)),
                Timestamps.parse(rs.getString(4)), RunStatus.valueOf(rs.getString(5)), rs.getString(6),
                runTables(c, rs.getString(1))));
          }
        }
      }
      return runs;
    });
  }

  /** Runs recorded as running whose process on this host is gone were killed: say so. */
  private void markAbandonedRuns() {
    List<String> dead = query("read running runs", c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("SELECT run_id, host, pid FROM joinery_runs WHERE status = ?")) {
        q.setString(1, RunStatus.RUNNING.name());
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            if (!new ProcessIdentity(rs.getString(2), rs.getLong(3)).isAlive()) {
              ids.add(rs.getString(1));
            }
          }
        }
      }
      return ids;
    });
    for (String runId : dead) {
      transaction("mark run " + runId + " abandoned", c -> update(c,
          "UPDATE joinery_runs SET status = ?, error = ? WHERE run_id = ? AND status = ?",
          RunStatus.ABANDONED.name(), "the run's process ended before the run finished (killed?)", runId,
          RunStatus.RUNNING.name()));
    }
  }

  private static Optional<TableEntry> table(Connection c, String name) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT location, format, options, partition_by, description,"
        + " writer_job FROM joinery_tables WHERE name = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        List<String> partitionBy = rs.getString(4).isEmpty() ? List.of() : Arrays.asList(rs.getString(4).split(","));
        return Optional.of(new TableEntry(name, rs.getString(1), rs.getString(2), parseLines(rs.getString(3)),
            partitionBy, rs.getString(5), columns(c, name), rs.getString(6)));
      }
    }
  }

  private static List<ColumnEntry> columns(Connection c, String table) throws SQLException {
    List<ColumnEntry> columns = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(
        "SELECT name, type, nullable FROM joinery_columns WHERE table_name = ? ORDER BY position")) {
      q.setString(1, table);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          columns.add(new ColumnEntry(rs.getString(1), rs.getString(2), rs.getInt(3) != 0));
        }
      }
    }
    return columns;
  }

  private static List<TableRows> runTables(Connection c, String runId) throws SQLException {
    List<TableRows> tables = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement("SELECT table_name, role, row_count FROM joinery_run_tables"
        + " WHERE run_id = ? ORDER BY role, table_name")) {
      q.setString(1, runId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          tables.add(new TableRows(rs.getString(1), Role.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
              nullableLong(rs, 3)));
        }
      }
    }
    return tables;
  }

  /** Options as {@code key=value} lines: readable in a SQL shell. */
  static String lines(Map<String, String> options) {
    StringBuilder out = new StringBuilder();
    options.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
    return out.toString();
  }

  static Map<String, String> parseLines(String text) {
    Map<String, String> options = new LinkedHashMap<>();
    text.lines().filter(l -> l.contains("=")).forEach(l -> options.put(l.substring(0, l.indexOf('=')),
        l.substring(l.indexOf('=') + 1)));
    return options;
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Void update(Connection c, String sql, Object... values) throws SQLException {
    updateCount(c, sql, values);
    return null;
  }

  private static int updateCount(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          statement.setNull(i + 1, Types.NULL);
        } else if (value instanceof Long l) {
          statement.setLong(i + 1, l);
        } else if (value instanceof Integer n) {
          statement.setInt(i + 1, n);
        } else {
          statement.setString(i + 1, value.toString());
        }
      }
      return statement.executeUpdate();
    }
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T query(String what, Work<T> work) {
    try (Connection c = database.connect()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new CatalogException("Catalog " + database.location() + ": cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private <T> T transaction(String what, Work<T> work) {
    return query(what, c -> {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    });
  }
}
