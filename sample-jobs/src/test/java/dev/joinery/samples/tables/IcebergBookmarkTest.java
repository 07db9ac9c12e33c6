package dev.joinery.samples.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.testjobs.JoineryPaidDigestJob;
import dev.joinery.samples.testjobs.JoineryPaidLogJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bookmarked Iceberg source: test_paid_digest reads only the snapshots test_paid_log appended to
 * test.paid_log since its last successful run (Iceberg's incremental append scan).
 */
class IcebergBookmarkTest {
  private static final String LOG = "test.paid_log";
  @TempDir Path dir;

  @Test
  void readsOnlyTheSnapshotsAppendedSinceTheLastRun() throws IOException {
    SparkSessions.copySampleData(dir);
    SparkSessions.run(new JoineryPaidLogJob(), dir);
    long perRun = SparkSessions.table(dir, LOG).count();
    assertTrue(perRun > 0);

    RunReport first = digest(new StringBuilder());
    assertEquals(perRun, first.rowsRead().get(LOG), "the first run reads the whole table");
    String firstRun = catalog().runs("test_paid_digest", 1).get(0).runId();
    StringBuilder console = new StringBuilder();
    RunReport nothing = digest(console);
    assertTrue(console.toString().contains("nothing to do: no new snapshots of test.paid_log since run " + firstRun),
        console::toString);
    assertEquals(0L, nothing.rowsRead().get(LOG));
    assertEquals(perRun, digestRows());

    SparkSessions.run(new JoineryPaidLogJob(), dir);
    RunReport second = digest(new StringBuilder());
    assertEquals(perRun, second.rowsRead().get(LOG), "only the appended snapshot");
    assertEquals(2 * perRun, digestRows());
    assertEquals(2 * perRun, SparkSessions.table(dir, "test.paid_digest").select("orderId").count());
    assertEquals(perRun, SparkSessions.table(dir, "test.paid_digest").select("orderId").distinct().count(),
        "each order twice, as in the log");

    catalog().rewindBookmarksToRun("test_paid_digest", firstRun);
    assertEquals(perRun, digest(new StringBuilder()).rowsRead().get(LOG), "after rewind: the second snapshot again");
    catalog().resetBookmarks("test_paid_digest", null);
    assertEquals(2 * perRun, digest(new StringBuilder()).rowsRead().get(LOG), "after reset: the whole table");
    assertEquals(5 * perRun, digestRows());

    // A snapshot that deletes rows (copy-on-write: an overwrite) cannot be read incrementally: the
    // run fails and says what to do.
    SparkSessions.table(dir, LOG).sparkSession().sql("DELETE FROM joinery.test.paid_log WHERE orderId = 1");
    SparkSessions.run(new JoineryPaidLogJob(), dir);
    JoineryDataException e = assertThrows(JoineryDataException.class, () -> digest(new StringBuilder()));
    assertTrue(e.getMessage().contains("changed rows the bookmark of job test_paid_digest has read"),
        e::getMessage);
    assertTrue(e.getMessage().contains("joinery bookmark reset test_paid_digest --table test.paid_log"), e::getMessage);
    assertEquals(5 * perRun, digestRows());
  }

  private RunReport digest(StringBuilder console) {
    return SparkSessions.run(new JoineryPaidDigestJob(), dir, console);
  }

  private long digestRows() {
    return SparkSessions.table(dir, "test.paid_digest").count();
  }

  private JoineryCatalog catalog() {
    return JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
  }
}
