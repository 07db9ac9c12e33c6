package dev.joinery.samples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.ConnectionEntry;
import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.catalog.Connections;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.RunReport;
import dev.joinery.runtime.jdbc.JdbcColumn;
import dev.joinery.runtime.jdbc.JdbcColumns;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.testjobs.JoineryPgLogJob;
import dev.joinery.samples.testjobs.JoineryPgNarrowJob;
import dev.joinery.samples.testjobs.JoineryPgPaidJob;
import dev.joinery.samples.testjobs.PgFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JDBC tables on a real PostgreSQL server (one for the class): reads push the job's filter and
 * columns into the database's query and split on the id, writes reach the table in one transaction
 * (a run failing mid-write or in that transaction leaves it as it was), appends, a column type that
 * does not fit, and credentials resolved from a secrets file outside the project.
 */
class JdbcTablesTest {
  static final String PASSWORD = "Zq8-jdbc-Secret-4711";
  private static TestPostgres postgres;
  @TempDir static Path server;
  @TempDir Path project;

  @BeforeAll
  static void startServer() throws Exception {
    postgres = TestPostgres.start(server, PASSWORD);
    Path secrets = server.resolve("secrets.properties");
    Files.writeString(secrets, "test_pg.user=" + TestPostgres.USER + "\ntest_pg.password=" + PASSWORD + "\n");
    System.setProperty(ConnectionSecrets.FILE_PROPERTY, secrets.toString());
  }

  @AfterAll
  static void stopServer() throws Exception {
    System.clearProperty(ConnectionSecrets.FILE_PROPERTY);
    if (postgres != null) {
      postgres.close();
    }
  }

  @BeforeEach
  void orders() throws Exception {
    postgres.execute("DROP TABLE IF EXISTS public.orders, public.paid_orders, public.order_log",
        "CREATE TABLE public.orders (id bigint PRIMARY KEY, status text, price numeric(10,2) NOT NULL,"
            + " quantity integer NOT NULL, day date)",
        "INSERT INTO public.orders SELECT i, CASE WHEN i % 2 = 0 THEN 'PAID' ELSE 'PENDING' END, i * 1.25,"
            + " i % 7 + 1, DATE '2026-11-01' + i % 30 FROM generate_series(1, 200) i");
    Connections.save(catalog(), new ConnectionEntry("test_pg", postgres.url(), "", Map.of()));
  }

  @AfterEach
  void noInjectedFailure() {
    PgFailure.FAIL_AT_ID.set(-1);
  }

  @Test
  void readsPushTheFilterAndSplitOnTheIdThenOverwriteInOneTransaction() throws Exception {
    long logStart = postgres.logLength();
    StringBuilder out = new StringBuilder();
    RunReport report = SparkSessions.run(new JoineryPgPaidJob(), project, out);

    assertEquals(200L, report.rowsRead().get("pg.orders"), out::toString);
    assertEquals(100L, report.rowsWritten().get("pg.paid_orders"), out::toString);
    assertEquals(List.of("100", "12625.00"), query("SELECT count(*), sum(price) FROM public.paid_orders"));
    assertTrue(out.toString().contains("created database table public.paid_orders (connection test_pg)"), out::toString);

    List<String> reads = selectsFrom(postgres.statementsSince(logStart), "public.orders");
    assertEquals(3, reads.size(), "one query per range of ids (numPartitions=3): " + reads);
    for (String read : reads) {
      assertTrue(read.contains("\"status\" = 'PAID'"), "the filter is in the database's query: " + read);
      assertTrue(read.contains("\"id\""), read);
    }
    assertTrue(reads.stream().anyMatch(r -> r.contains("\"id\" < ")) && reads.stream().anyMatch(r -> r.contains("\"id\" >= ")),
        "ranges of id: " + reads);
    assertEquals(List.of(), stagingTables(), "the staging table is dropped after the commit");
  }

  @Test
  void aRunFailingMidWriteLeavesTheTableAsItWas() throws Exception {
    postgres.execute("CREATE TABLE public.joinery_staging_0badf00d_paid_orders (id bigint)"); // as a killed run left it
    StringBuilder out = new StringBuilder();
    SparkSessions.run(new JoineryPgPaidJob(), project, out);
    assertTrue(out.toString().contains("dropped staging table public.joinery_staging_0badf00d_paid_orders that a run"
        + " which did not finish left"), out::toString);
    List<String> before = query("SELECT count(*), sum(price), sum(quantity) FROM public.paid_orders");
    postgres.execute("UPDATE public.orders SET status = 'PAID'");
    PgFailure.FAIL_AT_ID.set(199);

    RuntimeException failure = assertThrows(RuntimeException.class, () -> SparkSessions.run(new JoineryPgPaidJob(), project));

    assertTrue(failure.getMessage().contains("injected failure at order 199"), failure.getMessage());
    assertEquals(before, query("SELECT count(*), sum(price), sum(quantity) FROM public.paid_orders"));
    assertEquals(List.of(), stagingTables(), "a failed run drops what it staged");
  }

  @Test
  void aTransactionThatFailsIsRolledBackWithTheDeleteOfOverwrite() throws Exception {
    SparkSessions.run(new JoineryPgPaidJob(), project);
    List<String> before = query("SELECT count(*), sum(price) FROM public.paid_orders");
    // Rows with quantity 7 now break a constraint: the INSERT fails after the DELETE, in the same transaction.
    postgres.execute("ALTER TABLE public.paid_orders ADD CONSTRAINT small CHECK (quantity < 7) NOT VALID");

    JoineryDataException failure = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryPgPaidJob(), project));

    assertTrue(failure.getMessage().contains("Table pg.paid_orders: cannot write database table public.paid_orders"
        + " (connection test_pg)"), failure.getMessage());
    assertTrue(failure.getMessage().contains("The transaction was rolled back; the table is as it was."), failure.getMessage());
    assertEquals(before, query("SELECT count(*), sum(price) FROM public.paid_orders"));
    assertEquals(List.of(), stagingTables());
  }

  @Test
  void appendsAddRowsAndReadOnlyTheColumnsTheJobNeeds() throws Exception {
    long logStart = postgres.logLength();
    SparkSessions.run(new JoineryPgLogJob(), project);
    List<String> reads = selectsFrom(postgres.statementsSince(logStart), "public.orders");
    SparkSessions.run(new JoineryPgLogJob(), project);

    assertEquals(List.of("400", "200"), query("SELECT count(*), count(DISTINCT id) FROM order_log"));
    assertFalse(reads.isEmpty());
    for (String read : reads) {
      // quantity is an int, but NOT NULL in the database: no null check needs it.
      assertTrue(read.contains("SELECT \"id\",\"status\" FROM public.orders"), read);
    }
  }

  @Test
  void aColumnWhoseTypeDoesNotFitFailsTheRunNamingIt() {
    JoineryDataException failure = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryPgNarrowJob(), project));

    assertEquals("Table pg.orders_narrow, column id is int8 in the database, and the record's id is int: the"
        + " database's values do not fit the record's type without loss. Declare the component as long, or change"
        + " the column.", failure.getMessage());
    assertEquals("id", failure.column());
    assertTrue(Files.notExists(project.resolve("out/pg_narrow_copy")), "nothing written");
  }

  @Test
  void aNullInAPrimitiveComponentNamesTheTableAndColumn() throws Exception {
    postgres.execute("ALTER TABLE public.orders ALTER COLUMN quantity DROP NOT NULL",
        "UPDATE public.orders SET quantity = NULL WHERE id = 42");

    JoineryDataException failure = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryPgPaidJob(), project));

    assertTrue(failure.getMessage().startsWith("Table pg.orders, database table public.orders (connection test_pg),"
        + " column quantity is empty"), failure.getMessage());
  }

  @Test
  void noSecretReachesAnyOutput() throws Exception {
    Files.writeString(server.resolve("secrets.properties"), "test_pg_wrong.user=" + TestPostgres.USER
        + "\ntest_pg_wrong.password=Wrong-Distinct-Pass-99\n", java.nio.file.StandardOpenOption.APPEND);
    String base = "--base-dir=" + project;
    StringBuilder console = new StringBuilder();
    assertEquals(0, cli(console, "connection", "add", "test_pg", "--url", postgres.url(), base));
    assertEquals(0, cli(console, "connection", "add", "test_pg_wrong", "--url", postgres.url(), base));
    assertEquals(2, cli(console, "connection", "add", "leaky", "--url", postgres.url() + "?password=" + PASSWORD, base));
    assertTrue(console.toString().contains("Connection leaky: the URL holds a password"), console::toString);
    assertEquals(0, cli(console, "connection", "list", base));
    assertTrue(console.toString().contains(server.resolve("secrets.properties").toString()), console::toString);
    assertEquals(0, cli(console, "connection", "test", "test_pg", "--table", "public.orders", base));
    assertTrue(console.toString().contains("Connection test_pg: connected to PostgreSQL"), console::toString);
    assertTrue(console.toString().matches("(?s).*price +numeric\\(10,2\\) +no +java.math.BigDecimal.*"), console::toString);
    assertEquals(1, cli(console, "connection", "test", "test_pg_wrong", base));
    assertTrue(console.toString().contains("password authentication failed for user \"joinery_app\""), console::toString);

    Path report = project.resolve("report.json");
    Path events = project.resolve("events.jsonl");
    assertEquals(0, cli(console, "run", "test_pg_paid", base, "--report", report.toString(),
        "--lineage-events", events.toString()), console::toString);
    assertEquals(1, cli(console, "run", "test_pg_narrow", base, "--report", project.resolve("refused.json").toString()));
    PgFailure.FAIL_AT_ID.set(100); // a failure that is not the data's: its stack trace goes to a log file
    assertEquals(1, cli(console, "run", "test_pg_paid", base, "--report", project.resolve("failed.json").toString()));

    int before = console.length();
    assertEquals(0, cli(console, "sql", "SELECT count(*) AS paid FROM pg.paid_orders", base));
    assertTrue(console.substring(before).contains("100"), console.substring(before));
    assertEquals(0, cli(console, "catalog", "show", "pg.orders", base));
    assertTrue(console.toString().contains("option connection = test_pg"), console::toString);

    String lineage = Files.readString(events);
    assertTrue(lineage.contains("\"namespace\":\"postgres://127.0.0.1:" + postgres.port() + "\""), lineage);
    assertTrue(lineage.contains("\"name\":\"shop.public.orders\""), lineage);
    assertTrue(catalog().table("pg.orders").orElseThrow().options().get("connection").equals("test_pg"));
    List<Path> outputs = new ArrayList<>();
    for (Path root : List.of(project, Path.of("target/generated-test-sources"), Path.of("target/test-classes/META-INF"))) {
      try (java.util.stream.Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).forEach(outputs::add);
      }
    }
    assertTrue(outputs.stream().anyMatch(p -> p.toString().contains(".joinery/logs/")), "a failed run's log");
    assertTrue(outputs.stream().anyMatch(p -> p.toString().endsWith("catalog.db")));
    assertTrue(outputs.stream().anyMatch(p -> p.toString().endsWith("JoineryPgPaidJob.java")));
    assertTrue(outputs.stream().anyMatch(p -> p.toString().endsWith("test_pg_paid.lineage.svg")));
    for (String secret : List.of(PASSWORD, "Wrong-Distinct-Pass-99")) {
      assertFalse(console.toString().contains(secret), "console");
      for (Path file : outputs) {
        String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains(secret), "the password is in " + file);
      }
    }
  }

  @Test
  void tableMetadataBecomesComponentTypesForACrawler() throws Exception {
    postgres.execute("CREATE TABLE IF NOT EXISTS public.kinds (a smallint NOT NULL, b bigint, c numeric, d varchar(20),"
        + " e timestamptz, f timestamp NOT NULL, g boolean, h double precision, i bytea, j point)");
    try (Connection c = postgres.connect()) {
      List<JdbcColumn> columns = JdbcColumns.read(c, "public.KINDS");
      assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), columns.stream().map(JdbcColumn::name).toList());
      assertEquals(java.util.Arrays.asList("int", "Long", "java.math.BigDecimal", "String", "java.time.Instant",
          "java.time.LocalDateTime", "Boolean", "Double", "byte[]", null),
          columns.stream().map(JdbcColumn::componentType).toList());
      assertEquals(38, columns.get(2).decimalPrecision(), "an unconstrained numeric is Spark's decimal(38,18)");
      assertEquals(java.sql.Types.VARCHAR, columns.get(3).jdbcType());
      assertEquals(20, columns.get(3).precision());
      assertFalse(columns.get(0).nullable());
      assertTrue(columns.get(9).unsupportedReason().contains("column j is point"), columns.get(9).unsupportedReason());
      assertEquals(List.of(), JdbcColumns.read(c, "public.no_such_table"));
    }
  }

  @Test
  void crawlingADatabaseTableWritesARecordThatReadsItThroughItsConnection() throws Exception {
    Path sources = project.resolve("src/main/java");
    String base = "--base-dir=" + project;
    StringBuilder console = new StringBuilder();
    assertEquals(0, cli(console, "crawl", "jdbc:test_pg/public.orders", "--table", "pg.crawled_orders", "--package",
        "crawled", "--source-root", sources.toString(), base), console::toString);

    String record = Files.readString(sources.resolve("crawled/CrawledOrders.java"));
    for (String expected : List.of("name = \"pg.crawled_orders\"", "location = \"public.orders\"",
        "format = Format.JDBC", "connection = \"test_pg\"", "long id,", "String status,",
        "@Decimal(precision = 10, scale = 2) BigDecimal price,", "int quantity,", "LocalDate day")) {
      assertTrue(record.contains(expected), expected + " in\n" + record);
    }
    assertFalse(record.contains(PASSWORD), record);
    String registered = catalog().table("pg.crawled_orders").orElseThrow().location();
    assertTrue(registered.startsWith("postgres://") && registered.endsWith(".public.orders"), registered);
    // Crawled again, the table still fits its record.
    assertEquals(0, cli(console, "crawl", "jdbc:test_pg/public.orders", "--table", "pg.crawled_orders",
        "--source-root", sources.toString(), "--on-drift", "fail", base), console::toString);
    assertTrue(console.toString().contains("No drift"), console::toString);
    // A column the database adds is drift.
    postgres.execute("ALTER TABLE public.orders ADD COLUMN note text");
    assertEquals(1, cli(console, "crawl", "jdbc:test_pg/public.orders", "--table", "pg.crawled_orders",
        "--source-root", sources.toString(), "--on-drift", "fail", base), console::toString);
    assertTrue(console.toString().contains("record: column added: note string"), console::toString);
  }

  @Test
  void theSampleJobLowStockReadsPostgresAndWritesACsvFile() throws Exception {
    postgres.execute("DROP TABLE IF EXISTS public.stock_levels",
        "CREATE TABLE public.stock_levels (skuId bigint NOT NULL, warehouse text NOT NULL, onHand integer NOT NULL,"
            + " reorderLevel integer NOT NULL, countedOn date, PRIMARY KEY (skuId, warehouse))",
        "INSERT INTO public.stock_levels SELECT i, w, (i * 37 + length(w)) % 50, 10 + i % 5, DATE '2026-11-30'"
            + " FROM generate_series(1, 60) i, (VALUES ('Leeds'), ('Lyon'), ('Linz')) ws(w)");
    Files.writeString(server.resolve("secrets.properties"), "warehouse_db.user=" + TestPostgres.USER
        + "\nwarehouse_db.password=" + PASSWORD + "\n", java.nio.file.StandardOpenOption.APPEND);
    Connections.save(catalog(), new ConnectionEntry("warehouse_db", postgres.url(), "", Map.of()));

    RunReport report = SparkSessions.run(new dev.joinery.samples.warehouse.JoineryLowStockJob(), project);

    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      for (String w : List.of("Leeds", "Lyon", "Linz")) {
        int onHand = (i * 37 + w.length()) % 50;
        int reorderLevel = 10 + i % 5;
        if (onHand <= reorderLevel) {
          expected.add(w + "," + i + "," + onHand + "," + (2 * reorderLevel - onHand));
        }
      }
    }
    List<String> written = SparkSessions.spark().read().option("header", "true")
        .csv(project.resolve("data/reports/low_stock").toString()).collectAsList().stream()
        .map(r -> r.mkString(",")).sorted().toList();
    assertEquals(expected.stream().sorted().toList(), written);
    assertEquals(180L, report.rowsRead().get("warehouse.stock_levels"));
  }

  /** Runs the command line in this JVM, appending what it printed (both streams) to {@code console}. */
  private static int cli(StringBuilder console, String... args) {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream both = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      SparkSessions.spark(); // the command reuses the running session
      return new picocli.CommandLine(new dev.joinery.cli.JoineryCli()).execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
      console.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private JoineryCatalog catalog() {
    return JoineryCatalog.open(CatalogLocation.forProject(project, Map.of()));
  }

  private static List<String> selectsFrom(List<String> statements, String table) {
    return statements.stream().filter(s -> s.contains("SELECT") && s.contains("FROM " + table)
        && !s.contains("count(") && !s.contains("min(") && !s.contains("WHERE 1=0")).toList();
  }

  private static List<String> stagingTables() throws Exception {
    return query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'joinery_staging_%'");
  }

  /** The query's rows, each column as text, one row per list entry when there is one column. */
  static List<String> query(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = postgres.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          values.add(rs.getString(i));
        }
      }
    }
    return values;
  }
}
