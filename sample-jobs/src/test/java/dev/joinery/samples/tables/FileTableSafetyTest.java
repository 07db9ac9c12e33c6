package dev.joinery.samples.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.shop.JoineryDailyRevenueJob;
import dev.joinery.samples.testjobs.JoineryEmptyTolerantJob;
import dev.joinery.samples.testjobs.JoineryPaidLogJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File tables: a swap a killed run left half done is repaired by the next run; a location that
 * is a file, read-only or a mount point is refused before anything is written; empty inputs do not
 * replace outputs unless the table allows them.
 */
class FileTableSafetyTest {
  @TempDir Path dir;
  private Path files;

  @BeforeEach
  void firstRun() throws IOException {
    SparkSessions.copySampleData(dir);
    files = dir.resolve("out/paid_files");
  }

  @Test
  void theNextRunRestoresAVersionAKilledSwapLeftAside() throws IOException {
    SparkSessions.run(new JoineryPaidLogJob(), dir);
    long perRun = parquetRows(files);
    // A kill between the swap's renames: the table moved aside, the new version never renamed in.
    Files.move(files, dir.resolve("out/.paid_files.joinery-previous-killed"));
    Path leftover = Files.createDirectories(dir.resolve("out/.paid_files.joinery-staging-other"));
    Files.writeString(leftover.resolve("part-0.parquet"), "half written");

    StringBuilder console = new StringBuilder();
    SparkSessions.run(new JoineryPaidLogJob(), dir, console);

    assertTrue(console.toString().contains("Table test.paid_files: restored the previous version"), console.toString());
    assertTrue(console.toString().contains("removed staged output of a run that did not finish"), console.toString());
    assertEquals(2 * perRun, parquetRows(files), "the restored rows plus this run's append");
    assertEquals(List.of("paid_files", "paid_log"), entries(dir.resolve("out")));
  }

  @Test
  void theNextRunFinishesASwapWhoseNewVersionWasStaged() throws IOException {
    SparkSessions.run(new JoineryPaidLogJob(), dir);
    long perRun = parquetRows(files);
    // Killed after moving the old version aside; its staged new version was complete (here: the same rows).
    Path staged = dir.resolve("out/.paid_files.joinery-staging-killed");
    copy(files, staged);
    Files.move(files, dir.resolve("out/.paid_files.joinery-previous-killed"));

    StringBuilder console = new StringBuilder();
    SparkSessions.run(new JoineryPaidLogJob(), dir, console);

    assertTrue(console.toString().contains("finished a swap a killed run left half done"), console.toString());
    assertEquals(2 * perRun, parquetRows(files));
    assertEquals(List.of("paid_files", "paid_log"), entries(dir.resolve("out")));
  }

  @Test
  void aLocationThatIsAFileIsRefusedAndKept() throws IOException {
    Files.createDirectories(files.getParent());
    Files.writeString(files, "someone else's file");

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryPaidLogJob(), dir));

    assertTrue(e.getMessage().contains("Table test.paid_files: output location " + files + " is a file"), e.getMessage());
    assertEquals("someone else's file", Files.readString(files));
    assertFalse(Files.exists(dir.resolve("out/paid_log/metadata")), "no sink of the run was written");
  }

  @Test
  void aReadOnlyLocationIsRefusedAndKept() throws IOException {
    SparkSessions.run(new JoineryPaidLogJob(), dir);
    long before = parquetRows(files);
    Files.setPosixFilePermissions(files, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      JoineryDataException e = assertThrows(JoineryDataException.class,
          () -> SparkSessions.run(new JoineryPaidLogJob(), dir));
      assertTrue(e.getMessage().contains("Table test.paid_files: output location " + files + " cannot be written"),
          e.getMessage());
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    } finally {
      Files.setPosixFilePermissions(files, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertEquals(before, parquetRows(files));
  }

  @Test
  void aMountPointIsRefusedAndKept() throws Exception {
    SparkSessions.run(new JoineryPaidLogJob(), dir);
    long before = parquetRows(files);
    Path mount = dir.resolve("out/paid_files");
    Path saved = dir.resolve("saved");
    Files.move(mount, saved);
    Files.createDirectories(mount);
    assumeTrue(shell("mount", "-t", "tmpfs", "joinery-test", mount.toString()) == 0,
        "mounting a tmpfs needs root; this machine's CI runs as root");
    try {
      shell("cp", "-r", saved + "/.", mount.toString());
      JoineryDataException e = assertThrows(JoineryDataException.class,
          () -> SparkSessions.run(new JoineryPaidLogJob(), dir));
      assertTrue(e.getMessage().contains("Table test.paid_files: output location " + mount + " is a mount point"),
          e.getMessage());
      assertEquals(before, parquetRows(mount));
    } finally {
      shell("umount", mount.toString());
    }
  }

  @Test
  void anInputWithOnlyItsHeaderDoesNotReplaceTheOutput() throws IOException {
    SparkSessions.run(new JoineryDailyRevenueJob(), dir);
    long before = SparkSessions.table(dir, "curated.daily_revenue").count();
    Path orders = dir.resolve("data/raw/orders/orders.csv");
    Files.write(orders, List.of(Files.readAllLines(orders).get(0)));

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryDailyRevenueJob(), dir));

    assertTrue(e.getMessage().startsWith("Table raw.orders has no rows at "), e.getMessage());
    assertTrue(e.getMessage().contains("allowEmpty = true"), e.getMessage());
    assertEquals(before, SparkSessions.table(dir, "curated.daily_revenue").count());
  }

  @Test
  void anInputFolderWithoutFilesIsRefused() throws IOException {
    Path customers = dir.resolve("data/raw/customers");
    try (Stream<Path> list = Files.list(customers)) {
      for (Path file : list.toList()) {
        Files.delete(file);
      }
    }
    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryDailyRevenueJob(), dir));
    assertTrue(e.getMessage().startsWith("Table raw.customers: no data files at "), e.getMessage());
  }

  @Test
  void aTableThatAllowsEmptyInputIsCopiedEmpty() throws IOException {
    Path feed = Files.createDirectories(dir.resolve("in/optional_feed"));
    Files.writeString(feed.resolve("feed.csv"), "id,note\n");

    var report = SparkSessions.run(new JoineryEmptyTolerantJob(), dir);

    assertEquals(0L, report.rowsRead().get("test.optional_feed"));
    assertEquals(0L, report.rowsWritten().get("test.feed_copy"));
    assertTrue(Files.isDirectory(dir.resolve("out/feed_copy")));
  }

  @Test
  void anAllowedEmptyInputMayAlsoBeMissing() {
    var report = SparkSessions.run(new JoineryEmptyTolerantJob(), dir);
    assertEquals(0L, report.rowsWritten().get("test.feed_copy"));
  }

  @Test
  void aSourceWhoseSwapAKilledWriterLeftHalfDoneIsRepairedBeforeItIsRead() throws IOException {
    Path aside = Files.createDirectories(dir.resolve("in/.optional_feed.joinery-previous-killed"));
    Files.writeString(aside.resolve("feed.csv"), "id,note\n7,kept\n");

    StringBuilder console = new StringBuilder();
    var report = SparkSessions.run(new JoineryEmptyTolerantJob(), dir, console);

    assertTrue(console.toString().contains("Table test.optional_feed: restored the previous version"), console.toString());
    assertEquals(1L, report.rowsRead().get("test.optional_feed"));
    assertEquals(1L, report.rowsWritten().get("test.feed_copy"));
  }

  private static long parquetRows(Path table) {
    return SparkSessions.spark().read().parquet(table.toString()).count();
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static int shell(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start().waitFor();
  }
}
