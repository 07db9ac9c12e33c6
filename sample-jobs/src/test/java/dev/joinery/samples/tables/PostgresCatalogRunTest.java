package dev.joinery.samples.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import dev.joinery.runtime.iceberg.IcebergTables;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.shop.JoineryDailyRevenueJob;
import dev.joinery.runtime.JobLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same runs with the catalog on a real PostgreSQL server (started by the test) instead of SQLite. */
class PostgresCatalogRunTest {
  @TempDir Path dir;

  @Test
  void runsCommitSnapshotsAndRecordThemInPostgres() throws Exception {
    SparkSessions.copySampleData(dir);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      CatalogLocation location = new CatalogLocation(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null,
          dir.resolve(".joinery/warehouse"));
      RunOptions options = RunOptions.in(dir).withCatalog(location);
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
      JobLauncher.run(new JoineryDailyRevenueJob(), SparkSessions.spark(), options, quiet);
      JobLauncher.run(new JoineryDailyRevenueJob(), SparkSessions.spark(), options, quiet);

      try (JdbcCatalog iceberg = IcebergCatalogs.open(location, new Configuration())) {
        List<IcebergTables.Version> published = new IcebergTables(iceberg).history("curated.daily_revenue").stream()
            .filter(IcebergTables.Version::published).toList();
        assertEquals(2, published.size(), published::toString);
        assertEquals(published.get(0).totalRows(), published.get(1).totalRows(), "same input, same rows");
      }
      long rows = IcebergCatalogs.session(SparkSessions.spark(), location)
          .table(IcebergCatalogs.sparkName("curated.daily_revenue")).count();
      JoineryCatalog catalog = JoineryCatalog.open(location);
      List<RunEntry> runs = catalog.runs("daily_revenue", 10);
      assertEquals(2, runs.size());
      assertTrue(runs.stream().allMatch(r -> r.status() == RunEntry.RunStatus.SUCCEEDED));
      assertEquals(2, catalog.versions("curated.daily_revenue").size());
      assertTrue(runs.get(0).tables().contains(new RunEntry.TableRows("curated.daily_revenue", RunEntry.Role.WRITE, rows)));
    }
  }
}
