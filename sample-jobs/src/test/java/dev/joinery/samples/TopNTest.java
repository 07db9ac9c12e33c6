package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.samples.testjobs.JoineryTopCustomersJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Sort(limit = N)} keeps the first N rows in the sort's order. */
class TopNTest {
  @TempDir Path dir;

  @Test
  void aSortWithALimitWritesTheFirstRows() throws IOException {
    Path customers = Files.createDirectories(dir.resolve("in/ruled_customers"));
    Files.writeString(customers.resolve("part-0.csv"), "id,name\n11,Bo\n13,Di\n10,Ada\n12,Cy\n");

    SparkSessions.run(new JoineryTopCustomersJob(), dir);

    List<String> top = SparkSessions.spark().read().parquet(dir.resolve("out/top_customers").toString())
        .orderBy("id").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[12,Cy]", "[13,Di]"), top);
  }
}
