package dev.joinery.samples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.ConnectionEntry;
import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.catalog.Connections;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.testjobs.JoineryPgLogJob;
import dev.joinery.samples.testjobs.JoineryPgPaidJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a database table costs on a million rows (not part of the build: {@code -Djoinery.jdbcCost=true}):
 * an append of two columns (read, staged, one INSERT ... SELECT), and an overwrite of the paid half
 * read in three ranges with the filter in the query. Prints each run's output. With
 * {@code -Djoinery.jdbcCost.rewrite=true} the connection has the PostgreSQL driver's {@code reWriteBatchedInserts}.
 */
@EnabledIfSystemProperty(named = "joinery.jdbcCost", matches = "true")
class JdbcCostTest {
  @TempDir Path server;
  @TempDir Path project;

  @Test
  void aMillionRows() throws Exception {
    try (TestPostgres postgres = TestPostgres.start(server, "cost-secret")) {
      Path secrets = server.resolve("secrets.properties");
      Files.writeString(secrets, "test_pg.user=" + TestPostgres.USER + "\ntest_pg.password=cost-secret\n");
      System.setProperty(ConnectionSecrets.FILE_PROPERTY, secrets.toString());
      postgres.execute("CREATE TABLE public.orders (id bigint PRIMARY KEY, status text, price numeric(10,2) NOT NULL,"
              + " quantity integer NOT NULL, day date)",
          "INSERT INTO public.orders SELECT i, CASE WHEN i % 2 = 0 THEN 'PAID' ELSE 'PENDING' END, i % 1000 * 1.25,"
              + " i % 7 + 1, DATE '2026-11-01' + i % 30 FROM generate_series(1, 1000000) i");
      Connections.save(JoineryCatalog.open(CatalogLocation.forProject(project, Map.of())),
          new ConnectionEntry("test_pg", postgres.url(), "", Boolean.getBoolean("joinery.jdbcCost.rewrite")
              ? Map.of("reWriteBatchedInserts", "true") : Map.of()));
      for (int run = 1; run <= 2; run++) {
        StringBuilder out = new StringBuilder();
        RunReport log = SparkSessions.run(new JoineryPgLogJob(), project, out);
        System.out.println(out);
        assertEquals(1_000_000L, log.rowsWritten().get("pg.order_log"));
        out = new StringBuilder();
        RunReport paid = SparkSessions.run(new JoineryPgPaidJob(), project, out);
        System.out.println(out);
        assertEquals(500_000L, paid.rowsWritten().get("pg.paid_orders"));
      }
    } finally {
      System.clearProperty(ConnectionSecrets.FILE_PROPERTY);
    }
  }
}
