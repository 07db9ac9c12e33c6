package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.samples.testjobs.JoineryJoinConditionsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real Spark: a join's where condition is part of the join (a left join keeps customers whose
 * orders all fail it), aggregates of a computed value count only the rows their condition keeps,
 * and a cross join compares rows with a one-row average. Expected rows are worked out by hand.
 */
class JoinConditionsTest {
  @TempDir Path dir;

  @Test
  void conditionsDecideWhichPairsAndRowsCount() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("in/ruled_customers")).resolve("part-0.csv"),
        "id,name\n1,Ada\n2,Bo\n3,Cy\n");
    // Amounts 5, 25, 12, 40 and one missing: the average is 20.5.
    Files.writeString(Files.createDirectories(dir.resolve("in/join_orders")).resolve("part-0.csv"),
        "orderId,customerId,amount\n10,1,5\n11,1,25\n12,2,12\n13,2,\n14,9,40\n");

    SparkSessions.run(new JoineryJoinConditionsJob(), dir);

    // Ada: order 11 is large and big (2 * 25); Bo: order 12 is large but not big; Cy: no order, counted 0.
    assertEquals(List.of("[1,Ada,1,50]", "[2,Bo,1,null]", "[3,Cy,0,null]"), rows("out/customer_totals", "id"));
    assertEquals(List.of("[11,25]", "[14,40]"), rows("out/above_average", "orderId"));
  }

  private List<String> rows(String path, String order) {
    return SparkSessions.spark().read().parquet(dir.resolve(path).toString()).orderBy(order).collectAsList().stream()
        .map(Row::toString).toList();
  }
}
