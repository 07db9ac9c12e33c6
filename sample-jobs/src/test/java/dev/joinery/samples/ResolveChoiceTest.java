package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.testjobs.JoineryChoicePricesJob;
import dev.joinery.samples.testjobs.JoineryStrictChoicePricesJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @ResolveChoice} on JSON: a price that is a number in one file and a string in another is
 * read from both; one that is no number is a malformed row under the table's policy. Without the
 * annotation, the string is a malformed row.
 */
class ResolveChoiceTest {
  @TempDir Path dir;

  /** The three files of one table: a number, a number written as a string, and text that is no number. */
  private void writePrices(String table) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in").resolve(table));
    Files.writeString(folder.resolve("a.json"), "{\"id\":1,\"price\":2.5}\n");
    Files.writeString(folder.resolve("b.json"), "{\"id\":2,\"price\":\"3.75\"}\n");
    Files.writeString(folder.resolve("c.json"), "{\"id\":3,\"price\":\"n/a\"}\n");
  }

  private List<String> rows(String output) {
    return SparkSessions.spark().read().parquet(dir.resolve("out").resolve(output).toString())
        .orderBy("id").collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  void numbersAndNumericStringsAreReadAndTheRestSkippedOnlyWithResolveChoice() throws IOException {
    writePrices("choice_prices");
    writePrices("unresolved_prices");

    RunReport report = SparkSessions.run(new JoineryChoicePricesJob(), dir);

    assertEquals(List.of("[1,2.5]", "[2,3.75]"), rows("choice_price_copies"));
    assertEquals(1L, report.skippedRows().get("test.choice_prices"));
    String skipped = report.firstSkipped().get("test.choice_prices");
    assertTrue(skipped.contains("c.json") && skipped.contains("column price: cannot read 'n/a' as double"), skipped);

    // Without the annotation the string "3.75" does not fit a double column: its row is malformed too.
    assertEquals(List.of("[1,2.5]"), rows("unresolved_price_copies"));
    assertEquals(2L, report.skippedRows().get("test.unresolved_prices"));
    String unresolved = report.firstSkipped().get("test.unresolved_prices");
    assertTrue(unresolved.contains("b.json, line 1, column price: cannot read the value as double")
        || unresolved.contains("c.json, line 1, column price: cannot read the value as double"), unresolved);
  }

  @Test
  void aValueThatIsNoNumberFailsTheRunNamingTableFileAndColumn() throws IOException {
    writePrices("strict_choice_prices");

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryStrictChoicePricesJob(), dir));
    assertEquals("test.strict_choice_prices", e.table());
    assertTrue(e.file().endsWith("c.json"), e.file());
    assertEquals("price", e.column());
    assertTrue(e.getMessage().contains("cannot read 'n/a' as double"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("out/strict_choice_price_copies")));
  }
}
