package dev.joinery.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source file that disappears between planning and reading is named with its table, not left as Spark's trace. */
class VanishedFileTest {
  @TempDir Path dir;

  @Test
  void sparksMissingFileErrorBecomesOneMessageNamingTableAndFile() throws IOException {
    Path orders = dir.resolve("orders");
    Files.createDirectories(orders);
    Files.writeString(orders.resolve("part-1.csv"), "1,PAID\n");
    Files.writeString(orders.resolve("part-2.csv"), "2,PAID\n");
    SparkSession spark = JobLauncher.session("vanished-file-test", "local[1]", Map.of());
    Dataset<Row> planned = spark.read().schema("id LONG, status STRING").csv(orders.toString()); // files listed now
    Files.delete(orders.resolve("part-2.csv"));

    Exception failure = assertThrows(Exception.class, planned::collectAsList); // a SparkException, undeclared
    JoineryDataException explained = new DataErrors(spark, Map.of(), Map.of("raw.orders", orders.toString()))
        .explain(failure).orElseThrow(() -> new AssertionError("not recognised", failure));

    assertEquals("raw.orders", explained.table());
    assertTrue(explained.file().endsWith("part-2.csv"), explained.file());
    assertTrue(explained.getMessage().startsWith("Table raw.orders: file ") && explained.getMessage()
        .contains("part-2.csv disappeared while the run was reading it"), explained.getMessage());
  }
}
