package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.samples.testjobs.JoineryLenientJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's declared date format and decimal separator replace the strict defaults, and only them. */
class DeclaredLeniencyTest {
  @TempDir Path dir;

  @Test
  void readsTheDeclaredFormsExactly() throws IOException {
    write("id;day;amount\n1;31.01.2024;1,5\n2;29.02.2024;-12,25\n");

    SparkSessions.run(new JoineryLenientJob(), dir);

    List<String> rows = SparkSessions.spark().read().parquet(dir.resolve("out/lenient_copy").toString())
        .orderBy("id").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[1,2024-01-31,1.50]", "[2,2024-02-29,-12.25]"), rows);
  }

  @Test
  void theIsoFormIsNotAcceptedWhereAnotherIsDeclared() throws IOException {
    write("id;day;amount\n1;2024-01-31;1,5\n");

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryLenientJob(), dir));
    assertEquals("day", e.column());
    assertTrue(e.getMessage().contains("line 2, column day: cannot read '2024-01-31' as date (a date as dd.MM.yyyy)"),
        e.getMessage());
  }

  private void write(String csv) throws IOException {
    Path input = dir.resolve("in/lenient");
    Files.createDirectories(input);
    Files.writeString(input.resolve("part-0.csv"), csv);
  }
}
