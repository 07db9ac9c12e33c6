-- Joinery's catalog schema. Portable SQL: the same statements run on SQLite and PostgreSQL.
-- Times are ISO-8601 UTC text (readable in sqlite3 and psql, and sortable as text).
-- Apache Iceberg's JDBC catalog keeps its own tables (iceberg_tables,
-- iceberg_namespace_properties) in the same database.

CREATE TABLE IF NOT EXISTS joinery_databases (
  name        TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS joinery_tables (
  name           TEXT PRIMARY KEY,
  database_name  TEXT NOT NULL,
  location       TEXT NOT NULL,
  format         TEXT NOT NULL,
  options        TEXT NOT NULL,
  partition_by   TEXT NOT NULL,
  description    TEXT NOT NULL,
  writer_job     TEXT,
  registered_at  TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS joinery_columns (
  table_name  TEXT NOT NULL,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  nullable    INTEGER NOT NULL,
  PRIMARY KEY (table_name, position)
);

CREATE TABLE IF NOT EXISTS joinery_jobs (
  name           TEXT PRIMARY KEY,
  description    TEXT NOT NULL,
  schedule       TEXT NOT NULL,
  registered_at  TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS joinery_job_tables (
  job_name    TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  role        TEXT NOT NULL,
  PRIMARY KEY (job_name, table_name, role)
);

CREATE TABLE IF NOT EXISTS joinery_runs (
  run_id      TEXT PRIMARY KEY,
  job_name    TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  ended_at    TEXT,
  status      TEXT NOT NULL,
  error       TEXT,
  host        TEXT NOT NULL,
  pid         BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS joinery_run_tables (
  run_id      TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  role        TEXT NOT NULL,
  row_count   BIGINT,
  PRIMARY KEY (run_id, table_name, role)
);

CREATE TABLE IF NOT EXISTS joinery_table_versions (
  table_name    TEXT NOT NULL,
  run_id        TEXT NOT NULL,
  snapshot_id   BIGINT,
  operation     TEXT NOT NULL,
  row_count     BIGINT,
  committed_at  TEXT NOT NULL,
  PRIMARY KEY (table_name, run_id)
);

CREATE TABLE IF NOT EXISTS joinery_locks (
  table_name    TEXT PRIMARY KEY,
  run_id        TEXT NOT NULL,
  host          TEXT NOT NULL,
  pid           BIGINT NOT NULL,
  acquired_at   TEXT NOT NULL,
  heartbeat_at  TEXT NOT NULL
);

-- Job bookmarks: per job and source table, the files runs of the job read (path, size, modification
-- time). A row is written, with committed_at null, when a run lists its new files, and counts as
-- processed only once committed_at is set, right after that run committed its outputs. The rows of
-- a run that failed or was killed never count. (No semicolons in comments: the script is split on them.)
CREATE TABLE IF NOT EXISTS joinery_bookmarks (
  job_name      TEXT NOT NULL,
  table_name    TEXT NOT NULL,
  path          TEXT NOT NULL,
  size          BIGINT NOT NULL,
  modified_at   TEXT NOT NULL,
  run_id        TEXT NOT NULL,
  committed_at  TEXT,
  PRIMARY KEY (job_name, table_name, path, size, modified_at, run_id)
);

-- Per run and @Expect rule of a source table: rows checked, rows breaking the rule. A failed run has
-- the results of the reads it finished.
CREATE TABLE IF NOT EXISTS joinery_expectation_results (
  run_id        TEXT NOT NULL,
  job_name      TEXT NOT NULL,
  table_name    TEXT NOT NULL,
  rule          TEXT NOT NULL,
  column_name   TEXT NOT NULL,
  action        TEXT NOT NULL,
  rows_checked  BIGINT NOT NULL,
  rows_failed   BIGINT NOT NULL,
  recorded_at   TEXT NOT NULL,
  PRIMARY KEY (run_id, table_name, rule)
);

-- Per run, each step of the job in order, its kind, and the rows it made (null when the run did not
-- count them: counting every step stops Spark from moving filters across steps, so it is asked for).
CREATE TABLE IF NOT EXISTS joinery_run_steps (
  run_id     TEXT NOT NULL,
  position   INTEGER NOT NULL,
  step       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  row_count  BIGINT,
  PRIMARY KEY (run_id, position)
);

-- Per run, where its time went, in order: checking inputs, each write (which runs the steps that
-- feed it: Spark fuses steps, so a step has no time of its own), the commit.
CREATE TABLE IF NOT EXISTS joinery_run_phases (
  run_id    TEXT NOT NULL,
  position  INTEGER NOT NULL,
  phase     TEXT NOT NULL,
  millis    BIGINT NOT NULL,
  PRIMARY KEY (run_id, position)
);

-- Trigger firings: every time the scheduler (or joinery workflow run) decided to start a job, why,
-- and what came of it. kind is CRON, AFTER, FILES or WORKFLOW, slot the cron slot a CRON firing is
-- for (a restarted scheduler starts after the newest one, so no slot runs twice), action STARTED,
-- QUEUED, SKIPPED or MISSED, run_id the last attempt's run in joinery_runs, outcome SUCCEEDED,
-- FAILED, TIMEOUT or STOPPED once the run ended.
CREATE TABLE IF NOT EXISTS joinery_trigger_firings (
  firing_id  TEXT PRIMARY KEY,
  job_name   TEXT NOT NULL,
  kind       TEXT NOT NULL,
  reason     TEXT NOT NULL,
  slot       TEXT,
  fired_at   TEXT NOT NULL,
  action     TEXT NOT NULL,
  attempts   INTEGER NOT NULL,
  run_id     TEXT,
  outcome    TEXT,
  ended_at   TEXT,
  message    TEXT
);

-- Named database connections for JDBC tables: URL, driver class and properties that are not secret
-- (key=value lines). Credentials are never stored here: runs resolve them from the environment or a
-- secrets file outside the project.
CREATE TABLE IF NOT EXISTS joinery_connections (
  name           TEXT PRIMARY KEY,
  url            TEXT NOT NULL,
  driver         TEXT NOT NULL,
  properties     TEXT NOT NULL,
  registered_at  TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
