package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.samples.testjobs.JoineryStatusTotalsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input data: each case fails the run with a message naming the table, file and column,
 * and leaves the previous output exactly as it was.
 */
class BadInputTest {
  @TempDir Path dir;
  Path input;
  Path output;

  @BeforeEach
  void previousRunSucceeded() throws IOException {
    input = dir.resolve("in/strict_orders");
    output = dir.resolve("out/status_totals");
    Files.createDirectories(input);
    Files.writeString(input.resolve("part-1.csv"), """
        orderId,status,price,quantity
        1,PAID,10.50,1
        2,PAID,4.50,2
        3,PENDING,7.00,1
        """);
    SparkSessions.run(new JoineryStatusTotalsJob(), dir);
    assertEquals(Map.of("PAID", "15.00/2/3", "PENDING", "7.00/1/1"), totals());
  }

  @Test
  void malformedNumberNamesTableFileLineAndColumn() throws IOException {
    Files.writeString(input.resolve("part-2.csv"), """
        orderId,status,price,quantity
        4,PAID,9.99,1
        5,PAID,12.5O,1
        """);
    JoineryDataException e = failedRun();
    assertEquals("test.strict_orders", e.table());
    assertEquals("price", e.column());
    assertTrue(e.file().endsWith("part-2.csv"), e.file());
    assertTrue(e.getMessage().startsWith("Table test.strict_orders, file "), e.getMessage());
    assertTrue(e.getMessage().contains("part-2.csv, line 3, column price: cannot read '12.5O' as decimal(10,2)"
        + " (digits with an optional sign and '.', at most 2 after it and 10 in all) in row: 5,PAID,12.5O,1."),
        e.getMessage());
    assertPreviousOutputIntact();
  }

  @Test
  void emptyPrimitiveColumnNamesTheColumn() throws IOException {
    Files.writeString(input.resolve("part-2.csv"), "orderId,status,price,quantity\n6,PAID,1.00,\n");
    JoineryDataException e = failedRun();
    assertEquals("quantity", e.column());
    assertTrue(e.getMessage().contains("part-2.csv, line 2, column quantity is empty, but its record component (int)"
        + " cannot hold null"), e.getMessage());
    assertPreviousOutputIntact();
  }

  @Test
  void missingColumnInHeaderNamesFileAndColumn() throws IOException {
    Files.writeString(input.resolve("part-2.csv"), "orderId,status,price\n7,PAID,1.00\n");
    JoineryDataException e = failedRun();
    assertEquals("quantity", e.column());
    assertTrue(e.file().endsWith("part-2.csv"), e.file());
    assertTrue(e.getMessage().contains("part-2.csv has no column quantity"), e.getMessage());
    assertPreviousOutputIntact();
  }

  @Test
  void reorderedColumnsAreReportedNotMisread() throws IOException {
    Files.writeString(input.resolve("part-2.csv"), "orderId,price,status,quantity\n8,1.00,PAID,1\n");
    JoineryDataException e = failedRun();
    assertEquals("status", e.column());
    assertTrue(e.getMessage().contains("has column status at position 3 but the record expects it at position 2"),
        e.getMessage());
    assertPreviousOutputIntact();
  }

  @Test
  void aFileInAFolderThatIsNoPartitionIsNamedNotReadOrSkipped() throws IOException {
    Path old = input.resolve("old");
    Files.createDirectories(old);
    Files.writeString(old.resolve("part-0.csv"), "orderId,status,price,quantity\n9,PAID,1.00,1\n");
    JoineryDataException e = failedRun();
    assertEquals("test.strict_orders", e.table());
    assertTrue(e.file().endsWith("old/part-0.csv"), e.file());
    assertTrue(e.getMessage().contains("is in a folder that is not the table's (the table has no partition columns"),
        e.getMessage());
    assertPreviousOutputIntact();
  }

  @Test
  void aHeaderRepeatedInsideAFileIsABadRowAtItsOwnLine() throws IOException {
    Files.writeString(input.resolve("part-2.csv"), "\uFEFForderId,status,price,quantity\n4,PAID,9.99,1\n"
        + "orderId,status,price,quantity\n");
    JoineryDataException e = failedRun();
    assertEquals("orderId", e.column());
    assertTrue(e.getMessage().contains("part-2.csv, line 3, column orderId: cannot read 'orderId' as bigint"),
        e.getMessage());
    assertPreviousOutputIntact();
  }

  @Test
  void missingInputLocationNamesTableAndPath() throws IOException {
    try (Stream<Path> files = Files.list(input)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(input);
    JoineryDataException e = failedRun();
    assertEquals("test.strict_orders", e.table());
    assertTrue(e.getMessage().contains("Table test.strict_orders: no data files at "), e.getMessage());
    assertTrue(e.getMessage().contains("in/strict_orders"), e.getMessage());
    assertTrue(e.getMessage().contains("--input test.strict_orders=PATH"), e.getMessage());
    assertPreviousOutputIntact();
  }

  private JoineryDataException failedRun() {
    return assertThrows(JoineryDataException.class, () -> SparkSessions.run(new JoineryStatusTotalsJob(), dir));
  }

  private void assertPreviousOutputIntact() throws IOException {
    assertEquals(Map.of("PAID", "15.00/2/3", "PENDING", "7.00/1/1"), totals());
    try (Stream<Path> siblings = Files.list(output.getParent())) {
      List<String> names = siblings.map(p -> p.getFileName().toString()).toList();
      assertEquals(List.of("status_totals"), names, "no staging directory is left behind");
    }
  }

  private Map<String, String> totals() {
    Map<String, String> totals = new TreeMap<>();
    for (Row r : SparkSessions.spark().read().parquet(output.toString()).collectAsList()) {
      totals.put(r.getString(0), r.getDecimal(1) + "/" + r.getLong(2) + "/" + r.getLong(3));
    }
    return totals;
  }
}
