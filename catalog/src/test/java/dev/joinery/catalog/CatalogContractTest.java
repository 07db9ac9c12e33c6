package dev.joinery.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.joinery.catalog.RunEntry.Role;
import dev.joinery.catalog.RunEntry.RunStatus;
import dev.joinery.catalog.RunEntry.TableRows;
import dev.joinery.catalog.TableEntry.ColumnEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario the catalog must support, written once and run against each backend by a
 * subclass: {@link SqliteCatalogTest} (a SQLite file) and {@link PostgresCatalogTest} (an embedded
 * PostgreSQL server). Each test gets an empty catalog database of its own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class CatalogContractTest {
  @TempDir
  Path tempDir;

  /** Where this test's catalog lives: a database no other test uses, with no joinery tables yet. */
  CatalogLocation location;

  /** A location for a new, empty catalog database of this backend. */
  abstract CatalogLocation newLocation(Path tempDir) throws Exception;

  @BeforeEach
  void newDatabase() throws Exception {
    location = newLocation(tempDir);
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Tables

  @Test
  void registeredTableRoundTripsEveryField() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    Map<String, String> options = new LinkedHashMap<>();
    options.put("compression", "zstd");
    options.put("header", "true");
    options.put("path.glob", "a=b,c"); // '=' and ',' inside a value
    TableEntry orders = new TableEntry("sales.orders", "/data/sales/orders", "iceberg", options,
        List.of("order_date", "region"), "Orders, one row per order line",
        List.of(new ColumnEntry("order_id", "bigint", false),
            new ColumnEntry("amount", "decimal(10,2)", true),
            new ColumnEntry("tags", "array<string>", true),
            new ColumnEntry("order_date", "date", false)),
        "load_orders");
    TableEntry plain = new TableEntry("customers", "/data/customers.csv", "csv", Map.of(), List.of(), "",
        List.of(), null);
    catalog.registerTable(orders);
    catalog.registerTable(plain);

    TableEntry read = catalog.table("sales.orders").orElseThrow();
    assertEquals(orders, read);
    assertEquals("/data/sales/orders", read.location());
    assertEquals("iceberg", read.format());
    assertEquals(Map.of("compression", "zstd", "header", "true", "path.glob", "a=b,c"), read.options());
    assertEquals(List.of("order_date", "region"), read.partitionBy());
    assertEquals("Orders, one row per order line", read.description());
    assertEquals(List.of("order_id", "amount", "tags", "order_date"),
        read.columns().stream().map(ColumnEntry::name).toList());
    assertEquals(List.of("bigint", "decimal(10,2)", "array<string>", "date"),
        read.columns().stream().map(ColumnEntry::type).toList());
    assertEquals(List.of(false, true, true, false), read.columns().stream().map(ColumnEntry::nullable).toList());
    assertEquals("load_orders", read.writerJob());

    TableEntry readPlain = catalog.table("customers").orElseThrow();
    assertEquals(plain, readPlain);
    assertEquals(Map.of(), readPlain.options());
    assertEquals(List.of(), readPlain.partitionBy());
    assertEquals(List.of(), readPlain.columns());
    assertNull(readPlain.writerJob());

    assertEquals(List.of(plain, orders), catalog.tables(), "tables() lists every table, by name");
    assertTrue(catalog.table("sales.missing").isEmpty());

    // The tables' databases were recorded too.
    assertEquals(List.of("default", "sales"), strings("SELECT name FROM joinery_databases ORDER BY name"));
  }

  @Test
  void reRegisteringUpdatesFieldsAndReplacesColumns() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    catalog.registerTable(new TableEntry("sales.orders", "/old", "parquet", Map.of("a", "1", "b", "2"),
        List.of("day"), "old description",
        List.of(new ColumnEntry("id", "int", false), new ColumnEntry("x", "string", true),
            new ColumnEntry("y", "string", true)),
        "old_job"));
    TableEntry updated = new TableEntry("sales.orders", "/new", "iceberg", Map.of("c", "3"), List.of(),
        "new description", List.of(new ColumnEntry("y", "double", false), new ColumnEntry("id", "bigint", true)),
        "new_job");
    catalog.registerTable(updated);

    assertEquals(updated, catalog.table("sales.orders").orElseThrow());
    assertEquals(List.of(updated), catalog.tables());
    assertEquals(List.of("0|y|double|0", "1|id|bigint|1"), strings(
        "SELECT position || '|' || name || '|' || type || '|' || nullable FROM joinery_columns ORDER BY position"),
        "the old column rows are gone, not merely hidden");
  }

  @Test
  void reRegisteringWithoutWriterKeepsTheEarlierWriter() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    catalog.registerTable(table("sales.orders", "first", "load_orders"));
    catalog.registerTable(table("sales.orders", "second", null));

    TableEntry read = catalog.table("sales.orders").orElseThrow();
    assertEquals("load_orders", read.writerJob());
    assertEquals("second", read.description(), "the other fields were still updated");

    catalog.registerTable(table("sales.orders", "third", "reload_orders"));
    assertEquals("reload_orders", catalog.table("sales.orders").orElseThrow().writerJob(),
        "a new writer replaces the earlier one");
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Jobs

  @Test
  void registerJobStoresReadsAndWritesAndReRegisterReplacesThem() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    catalog.registerJob(new JobEntry("load_orders", "Loads orders", "0 3 * * *",
        List.of("raw.orders", "raw.customers"), List.of("sales.orders")));
    assertEquals(List.of("load_orders|raw.customers|read", "load_orders|raw.orders|read",
        "load_orders|sales.orders|write"), jobTables());
    assertEquals(List.of("load_orders|Loads orders|0 3 * * *"),
        strings("SELECT name || '|' || description || '|' || schedule FROM joinery_jobs"));

    catalog.registerJob(new JobEntry("other", "", "", List.of("sales.orders"), List.of("sales.report")));
    catalog.registerJob(new JobEntry("load_orders", "Loads orders again", "@hourly",
        List.of("raw.orders_v2"), List.of("sales.orders", "sales.order_lines")));

    assertEquals(List.of("load_orders|raw.orders_v2|read", "load_orders|sales.order_lines|write",
        "load_orders|sales.orders|write", "other|sales.orders|read", "other|sales.report|write"), jobTables(),
        "re-registering replaces the job's tables and leaves other jobs' alone");
    assertEquals(List.of("load_orders|Loads orders again|@hourly", "other||"),
        strings("SELECT name || '|' || description || '|' || schedule FROM joinery_jobs ORDER BY name"));
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Runs

  @Test
  void runsRecordStatusErrorEndAndTableRows() throws Exception {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String runId = catalog.startRun("load_orders");

    RunEntry running = only(catalog.runs(null, 10));
    assertEquals(runId, running.runId());
    assertEquals("load_orders", running.job());
    assertEquals(RunStatus.RUNNING, running.status());
    assertNull(running.endedAt());
    assertNull(running.error());
    assertEquals(List.of(), running.tables());
    assertFalse(running.startedAt().isBefore(before), running.startedAt() + " before " + before);
    assertFalse(running.startedAt().isAfter(Instant.now()));

    Thread.sleep(5);
    catalog.finishRun(runId, RunStatus.SUCCEEDED, null, List.of(
        new TableRows("sales.orders", Role.WRITE, 42L),
        new TableRows("raw.orders", Role.READ, 1_000_000_000_000L),
        new TableRows("raw.customers", Role.READ, null)));

    RunEntry done = only(catalog.runs("load_orders", 10));
    assertEquals(RunStatus.SUCCEEDED, done.status());
    assertNull(done.error());
    assertNotNull(done.endedAt());
    assertTrue(done.endedAt().isAfter(done.startedAt()), done.endedAt() + " vs " + done.startedAt());
    assertEquals(running.startedAt(), done.startedAt());
    assertEquals(List.of(new TableRows("raw.customers", Role.READ, null),
        new TableRows("raw.orders", Role.READ, 1_000_000_000_000L),
        new TableRows("sales.orders", Role.WRITE, 42L)), done.tables());

    String failedId = catalog.startRun("load_orders");
    catalog.finishRun(failedId, RunStatus.FAILED, "boom: table raw.orders is missing", List.of());
    RunEntry failed = catalog.runs("load_orders", 10).get(0);
    assertEquals(failedId, failed.runId());
    assertEquals(RunStatus.FAILED, failed.status());
    assertEquals("boom: table raw.orders is missing", failed.error());
    assertNotNull(failed.endedAt());
    assertEquals(List.of(), failed.tables());
  }

  @Test
  void runsAreNewestFirstFilteredByJobAndLimited() throws Exception {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    // Start times are stored to the millisecond: keep them apart so "newest" is well defined.
    String a1 = catalog.startRun("a");
    Thread.sleep(5);
    String b1 = catalog.startRun("b");
    Thread.sleep(5);
    String a2 = catalog.startRun("a");
    Thread.sleep(5);
    String a3 = catalog.startRun("a");
    catalog.finishRun(a1, RunStatus.SUCCEEDED, null, List.of());

    assertEquals(List.of(a3, a2, b1, a1), ids(catalog.runs(null, 100)));
    assertEquals(List.of(a3, a2, a1), ids(catalog.runs("a", 100)));
    assertEquals(List.of(b1), ids(catalog.runs("b", 100)));
    assertEquals(List.of(), ids(catalog.runs("c", 100)));
    assertEquals(List.of(a3, a2), ids(catalog.runs("a", 2)));
    assertEquals(List.of(a3, a2, b1), ids(catalog.runs(null, 3)));
    assertEquals(List.of("a", "a", "b", "a"), catalog.runs(null, 100).stream().map(RunEntry::job).toList());
  }

  @Test
  void bookmarksCountOnlyCommittedRunsAndResetAndRewind() throws Exception {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    Instant modified = Instant.parse("2026-11-01T10:00:00.123Z");
    String r1 = catalog.startRun("ledger");
    catalog.recordBookmarkFiles(r1, List.of(file(r1, "raw.orders", "f1", modified), file(r1, "raw.other", "o1", modified)));
    assertEquals(List.of(), catalog.bookmarkFiles("ledger", null, false), "not processed before the commit");
    assertEquals(2, catalog.bookmarkFiles("ledger", null, true).size());
    assertEquals(2, catalog.commitBookmarks(r1));
    catalog.finishRun(r1, RunStatus.SUCCEEDED, null, List.of());
    List<BookmarkFile> processed = catalog.bookmarkFiles("ledger", "raw.orders", false);
    assertEquals(1, processed.size());
    assertEquals(file(r1, "raw.orders", "f1", modified).key(), processed.get(0).key(), "path, size and time round-trip");
    assertNotNull(processed.get(0).committedAt());

    Thread.sleep(5);
    String failed = catalog.startRun("ledger");
    catalog.recordBookmarkFiles(failed, List.of(file(failed, "raw.orders", "f2", modified)));
    catalog.finishRun(failed, RunStatus.FAILED, "boom", List.of());
    assertEquals(2, catalog.bookmarkFiles("ledger", null, true).size(), "a failed run's files are dropped");

    Thread.sleep(5);
    String r3 = catalog.startRun("ledger");
    catalog.recordBookmarkFiles(r3, List.of(file(r3, "raw.orders", "f2", modified)));
    catalog.commitBookmarks(r3);
    catalog.finishRun(r3, RunStatus.SUCCEEDED, null, List.of());
    Thread.sleep(5);
    Instant between = Instant.now();
    Thread.sleep(5);
    String r4 = catalog.startRun("ledger");
    catalog.recordBookmarkFiles(r4, List.of(file(r4, "raw.orders", "f3", modified)));
    catalog.commitBookmarks(r4);
    assertEquals(3, catalog.bookmarkFiles("ledger", "raw.orders", false).size());

    assertEquals(1, catalog.rewindBookmarksToTime("ledger", between));
    assertEquals(1, catalog.rewindBookmarksToRun("ledger", r1), "forgets f2, read by a run started after r1");
    assertEquals(List.of("f1"), catalog.bookmarkFiles("ledger", "raw.orders", false).stream().map(BookmarkFile::path).toList());
    assertThrows(CatalogException.class, () -> catalog.rewindBookmarksToRun("other_job", r1));
    assertEquals(1, catalog.resetBookmarks("ledger", "raw.other"));
    assertEquals(1, catalog.resetBookmarks("ledger", null));
    assertEquals(List.of(), catalog.bookmarkFiles("ledger", null, true));
  }

  private static BookmarkFile file(String runId, String table, String path, Instant modified) {
    return new BookmarkFile("ledger", table, path, 1234L, modified, runId, null);
  }

  @Test
  void runDetailsRoundTripAndACatalogMadeBeforeThemGetsTheirColumn() throws Exception {
    if (location.isSqlite()) {
      java.nio.file.Files.createDirectories(Path.of(location.url().substring("jdbc:sqlite:".length())).getParent());
    }
    // joinery_runs as catalogs made it before runs kept their Spark application id.
    try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE joinery_runs (run_id TEXT PRIMARY KEY, job_name TEXT NOT NULL, started_at TEXT NOT NULL,"
          + " ended_at TEXT, status TEXT NOT NULL, error TEXT, host TEXT NOT NULL, pid BIGINT NOT NULL)");
    }
    JoineryCatalog catalog = JoineryCatalog.open(location);
    String runId = catalog.startRun("daily_revenue");
    RunDetails details = new RunDetails(runId, "local-1764627600000",
        List.of(new RunDetails.Step("paid", "filter", 12L), new RunDetails.Step("line", "join", null)),
        List.of(new RunDetails.Phase("check inputs", 1200), new RunDetails.Phase("commit", 30)));
    details.record(catalog);
    details.record(JoineryCatalog.open(location)); // recorded again (a second open), replacing the first

    assertEquals(details, RunDetails.of(catalog, runId));
    assertEquals(new RunDetails("other", null, List.of(), List.of()), RunDetails.of(catalog, "other"));
    assertEquals(List.of("local-1764627600000"), strings("SELECT spark_app_id FROM joinery_runs"));
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Abandoned runs

  @Test
  void runOfADeadProcessIsReportedAbandoned() throws Exception {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    long deadPid = deadPid();
    String host = ProcessIdentity.current().host();
    String started = Timestamps.format(Instant.now().minusSeconds(30));
    execute("INSERT INTO joinery_runs (run_id, job_name, started_at, status, host, pid) VALUES (?, ?, ?, ?, ?, ?)",
        "dead-run", "load_orders", started, "RUNNING", host, deadPid);
    // The same, but on another host: its liveness cannot be judged from here, so it stays running.
    execute("INSERT INTO joinery_runs (run_id, job_name, started_at, status, host, pid) VALUES (?, ?, ?, ?, ?, ?)",
        "remote-run", "load_orders", Timestamps.format(Instant.now().minusSeconds(60)), "RUNNING",
        "some-other-host.invalid", deadPid);
    String live = catalog.startRun("load_orders");

    List<RunEntry> runs = catalog.runs(null, 10);
    assertEquals(List.of(live, "dead-run", "remote-run"), ids(runs));
    RunEntry dead = runs.get(1);
    assertEquals(RunStatus.ABANDONED, dead.status());
    assertNotNull(dead.error());
    assertFalse(dead.error().isBlank());
    assertEquals(Timestamps.parse(started), dead.startedAt());
    assertEquals(RunStatus.RUNNING, runs.get(0).status(), "this process's own run is alive");
    assertEquals(RunStatus.RUNNING, runs.get(2).status(), "another host's run is not judged from here");
    assertEquals(List.of("ABANDONED"), strings("SELECT status FROM joinery_runs WHERE run_id = 'dead-run'"),
        "the new status is stored, not only reported");
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Versions

  @Test
  void versionsAreNewestFirstAndKeepSnapshotIds() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    Instant t0 = Instant.parse("2026-03-01T10:00:00.123Z");
    TableVersion file = new TableVersion("raw.orders", "run-1", null, "overwrite", 10L, t0);
    TableVersion big = new TableVersion("raw.orders", "run-2", Long.MAX_VALUE - 7, "append", null,
        t0.plusSeconds(60));
    TableVersion negative = new TableVersion("raw.orders", "run-3", -4_611_686_018_427_387_904L, "append", 5L,
        t0.plusSeconds(120));
    TableVersion other = new TableVersion("sales.orders", "run-1", 7L, "append", 1L, t0.plusSeconds(30));
    catalog.recordVersion(big);
    catalog.recordVersion(file);
    catalog.recordVersion(other);
    catalog.recordVersion(negative);

    List<TableVersion> versions = catalog.versions("raw.orders");
    assertEquals(List.of(negative, big, file), versions);
    assertNull(versions.get(2).snapshotId(), "a file table has no snapshot");
    assertEquals(Long.valueOf(Long.MAX_VALUE - 7), versions.get(1).snapshotId());
    assertNull(versions.get(1).rows());
    assertEquals(List.of(other), catalog.versions("sales.orders"));
    assertEquals(List.of(), catalog.versions("missing"));

    TableVersion redone = new TableVersion("raw.orders", "run-1", Long.MIN_VALUE, "overwrite", 11L,
        t0.plusSeconds(180));
    catalog.recordVersion(redone);
    assertEquals(List.of(redone, negative, big), catalog.versions("raw.orders"),
        "recording a run's version again replaces it");
  }

  // ---------------------------------------------------------------------------------------------
  // 6. Locks

  @Test
  void secondRunWaitsForTheLockAndGetsItAfterRelease() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    List<String> heard = new ArrayList<>();
    TableLock lockA = catalog.lock("sales.orders", "run-a", Duration.ofSeconds(1), heard::add);
    assertEquals("sales.orders", lockA.table());
    assertEquals(List.of(), heard, "a free table is taken without waiting");
    assertEquals(List.of("run-a"), strings("SELECT run_id FROM joinery_locks WHERE table_name = 'sales.orders'"));

    long start = System.nanoTime();
    CatalogException e = assertThrows(CatalogException.class,
        () -> catalog.lock("sales.orders", "run-b", Duration.ofSeconds(1), heard::add));
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(e.getMessage().contains("sales.orders"), e.getMessage());
    assertTrue(waitedMillis >= 1000, "gave up after " + waitedMillis + " ms, before the timeout");
    assertEquals(1, heard.size(), "waiting is told once: " + heard);
    assertTrue(heard.get(0).contains("run-a"), heard.get(0));

    // Another table is independent of the held one.
    try (TableLock otherTable = catalog.lock("sales.customers", "run-b", Duration.ZERO, m -> fail(m))) {
      assertEquals("sales.customers", otherTable.table());
    }

    lockA.close();
    assertEquals(List.of(), strings("SELECT run_id FROM joinery_locks WHERE table_name = 'sales.orders'"));
    try (TableLock lockB = catalog.lock("sales.orders", "run-b", Duration.ofSeconds(1), m -> fail(m))) {
      assertEquals(List.of("run-b"), strings("SELECT run_id FROM joinery_locks WHERE table_name = 'sales.orders'"));
    }
  }

  @Test
  void lockOfADeadProcessIsTakenOverAtOnce() throws Exception {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    String now = Timestamps.format(Instant.now());
    execute("INSERT INTO joinery_locks (table_name, run_id, host, pid, acquired_at, heartbeat_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", "sales.orders", "dead-run", ProcessIdentity.current().host(), deadPid(), now,
        now);

    // A zero timeout: lock() may not wait at all, so it only succeeds if it sees the holder is dead.
    try (TableLock lock = catalog.lock("sales.orders", "run-b", Duration.ZERO, m -> fail(m))) {
      assertEquals(List.of("run-b"), strings("SELECT run_id FROM joinery_locks WHERE table_name = 'sales.orders'"));
    }
  }

  @Test
  void lockWhoseHeartbeatStoppedIsTakenOverButALiveOneIsNot() throws Exception {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    String old = Timestamps.format(Instant.now().minus(TableLock.STALE_AFTER).minusSeconds(5));
    String fresh = Timestamps.format(Instant.now());
    String insert = "INSERT INTO joinery_locks (table_name, run_id, host, pid, acquired_at, heartbeat_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
    execute(insert, "t.silent", "silent-run", "some-other-host.invalid", 1L, old, old);
    execute(insert, "t.busy", "busy-run", "some-other-host.invalid", 1L, fresh, fresh);

    try (TableLock lock = catalog.lock("t.silent", "run-b", Duration.ZERO, m -> fail(m))) {
      assertEquals(List.of("run-b"), strings("SELECT run_id FROM joinery_locks WHERE table_name = 't.silent'"));
    }
    CatalogException e = assertThrows(CatalogException.class,
        () -> catalog.lock("t.busy", "run-b", Duration.ZERO, m -> {}));
    assertTrue(e.getMessage().contains("t.busy"), e.getMessage());
    assertEquals(List.of("busy-run"), strings("SELECT run_id FROM joinery_locks WHERE table_name = 't.busy'"));
  }

  @Test
  void lockGivesMutualExclusionAcrossConnectionsAndThreads() throws Exception {
    // Two catalog instances, as two processes would have; every call uses its own connection anyway.
    JoineryCatalog first = JoineryCatalog.open(location);
    JoineryCatalog second = JoineryCatalog.open(location);
    int perThread = 15;
    int[] counter = {0}; // deliberately unsynchronized: only the catalog lock protects it
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger waits = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (JoineryCatalog catalog : List.of(first, second)) {
        String worker = catalog == first ? "first" : "second";
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perThread; i++) {
            try (TableLock lock = catalog.lock("sales.orders", worker + "-" + i, Duration.ofSeconds(30),
                m -> waits.incrementAndGet())) {
              if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
              }
              int read = counter[0];
              Thread.sleep(3);
              counter[0] = read + 1;
              inside.decrementAndGet();
            }
            Thread.sleep(1);
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<Void> f : done) {
        f.get(50, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    // Future.get() orders the workers' writes before these reads.
    assertEquals(0, overlaps.get(), "two runs were inside the critical section at once");
    assertEquals(2 * perThread, counter[0], "lost updates: the lock did not exclude");
    assertTrue(waits.get() > 0, "the threads never contended, so nothing was tested");
    assertEquals(List.of(), strings("SELECT run_id FROM joinery_locks"), "every lock was released");
  }

  // ---------------------------------------------------------------------------------------------
  // 7. Opening

  @Test
  void openingTwiceKeepsTheSchemaAndTheData() {
    JoineryCatalog first = JoineryCatalog.open(location);
    first.registerTable(table("sales.orders", "kept", "load_orders"));
    String runId = first.startRun("load_orders");

    JoineryCatalog second = JoineryCatalog.open(location);
    assertEquals("kept", second.table("sales.orders").orElseThrow().description());
    assertEquals(List.of(runId), ids(second.runs(null, 10)));
    assertEquals(location, second.location());
  }

  @Test
  void openingConcurrentlyOnAFreshDatabaseSucceeds() throws Exception {
    int threads = 4;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<JoineryCatalog> opened = new ArrayList<>();
    try {
      List<Future<JoineryCatalog>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit((Callable<JoineryCatalog>) () -> {
          ready.countDown();
          go.await();
          return JoineryCatalog.open(location);
        }));
      }
      ready.await();
      go.countDown();
      for (Future<JoineryCatalog> f : futures) {
        opened.add(f.get(50, TimeUnit.SECONDS)); // rethrows the CatalogException of a failed open
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < threads; i++) {
      opened.get(i).registerTable(table("t" + i, "from thread " + i, null));
    }
    assertEquals(List.of("t0", "t1", "t2", "t3"), opened.get(0).tables().stream().map(TableEntry::name).toList());
  }

  // ---------------------------------------------------------------------------------------------
  // 8. Credentials

  @Test
  void passwordNeverAppearsInToString() {
    CatalogLocation withPassword = new CatalogLocation(location.url(), "joinery", "s3cr3t-Pa55", tempDir);
    assertFalse(withPassword.toString().contains("s3cr3t-Pa55"), withPassword.toString());
    assertTrue(withPassword.toString().contains(location.url()), withPassword.toString());
    assertTrue(withPassword.toString().contains("joinery"), withPassword.toString());

    CatalogLocation fromEnv = CatalogLocation.forProject(tempDir, Map.of(
        CatalogLocation.URL_VARIABLE, location.url(),
        CatalogLocation.USER_VARIABLE, "joinery",
        CatalogLocation.PASSWORD_VARIABLE, "s3cr3t-Pa55"));
    assertEquals("s3cr3t-Pa55", fromEnv.password());
    assertFalse(fromEnv.toString().contains("s3cr3t-Pa55"), fromEnv.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  static TableEntry table(String name, String description, String writerJob) {
    return new TableEntry(name, "/data/" + name, "parquet", Map.of(), List.of(), description,
        List.of(new ColumnEntry("id", "bigint", false)), writerJob);
  }

  static RunEntry only(List<RunEntry> runs) {
    assertEquals(1, runs.size(), runs.toString());
    return runs.get(0);
  }

  static List<String> ids(List<RunEntry> runs) {
    return runs.stream().map(RunEntry::runId).toList();
  }

  /** The pid of a process that has just ended, so no process has it (barring immediate reuse). */
  static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    long pid = process.pid();
    assertEquals(0, process.waitFor());
    assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "pid " + pid + " still alive");
    return pid;
  }

  List<String> jobTables() {
    return strings("SELECT job_name || '|' || table_name || '|' || role FROM joinery_job_tables"
        + " ORDER BY job_name, role, table_name");
  }

  // ---------------------------------------------------------------------------------------------
  // Trigger firings (the scheduler's record and memory)

  @Test
  void triggerFiringsRoundTripAndRememberTheNewestSlot() {
    JoineryCatalog catalog = JoineryCatalog.open(location);
    TriggerFirings firings = new TriggerFirings(catalog);
    Instant two = Instant.parse("2026-12-01T02:00:00Z");
    TriggerFirings.Firing cron = new TriggerFirings.Firing("f1", "daily_revenue", "CRON", "cron 0 2 * * *", two,
        two.plusMillis(5), "STARTED", 1, null, null, null, null);
    firings.save(cron);
    firings.save(new TriggerFirings.Firing("f0", "daily_revenue", "CRON", "missed", two.minus(Duration.ofDays(1)),
        two, "MISSED", 0, null, null, null, null));
    // What became of it: a retry, then success; the same id updates the row.
    TriggerFirings.Firing done = cron.withAttempt(2, "run-2").ended("SUCCEEDED", two.plusSeconds(60), null);
    firings.save(done);

    assertEquals(List.of(done), firings.recent("daily_revenue", 1));
    assertEquals(2, firings.recent(null, 10).size());
    assertEquals(two, firings.lastSlot("daily_revenue").orElseThrow());
    assertEquals(two.plusSeconds(60), firings.lastEnded("daily_revenue", "SUCCEEDED").orElseThrow());
    assertEquals(two.plusMillis(5), firings.lastStarted("daily_revenue").orElseThrow());
    assertTrue(firings.lastSlot("top_markets").isEmpty());
    assertTrue(firings.lastFired("daily_revenue", "FILES").isEmpty());

    String runId = catalog.startRun("daily_revenue");
    ProcessIdentity self = ProcessIdentity.current();
    assertEquals(runId, firings.runOfProcess("daily_revenue", self.host(), self.pid()).orElseThrow());
    assertTrue(firings.runOfProcess("daily_revenue", self.host(), self.pid() + 1).isEmpty());
  }

  /** A plain JDBC connection to the test's catalog database, bypassing the catalog. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(location.url(), location.driverProperties());
  }

  List<String> strings(String sql) {
    try (Connection c = connect(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }

  void execute(String sql, Object... values) throws SQLException {
    try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof Long l) {
          statement.setLong(i + 1, l);
        } else {
          statement.setString(i + 1, (String) values[i]);
        }
      }
      assertEquals(1, statement.executeUpdate(), sql + " " + Arrays.toString(values));
    }
  }
}
