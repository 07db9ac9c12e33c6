package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.RunOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryRevenueJobTest {
  /** A step is a plain method: test it without Spark. */
  @Test
  void onlyPaidOrdersPass() {
    assertTrue(CountryRevenueJob.paid(new Order(1, "DE", "PAID", new BigDecimal("10.50"))));
    assertFalse(CountryRevenueJob.paid(new Order(2, "FR", "PENDING", new BigDecimal("7.00"))));
  }

  /** The whole job on local Spark, over the project's sample data, writing to a temporary folder. */
  @Test
  void paidRevenuePerCountry(@TempDir Path output) {
    SparkSession spark = JobLauncher.session("country-revenue-test", "local[2]", Map.of());
    RunOptions options = RunOptions.in(Path.of("").toAbsolutePath())
        .withLocations(Map.of("curated.country_revenue", output.toString()));

    JobLauncher.run(new JoineryCountryRevenueJob(), spark, options, System.out);

    List<String> rows = spark.read().parquet(output.toString())
        .orderBy("country").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[DE,15.00,2]", "[FR,1.25,1]"), rows);
  }
}
