package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The job, run on local Spark over the project's sample data. */
class CountryRevenueJobTest {
  @Test
  void paidRevenuePerCountry() {
    SparkSession spark = JobLauncher.session("shop-jobs-test", "local[2]", Map.of());
    Path base = Path.of("").toAbsolutePath();

    JobLauncher.run(new JoineryCountryRevenueJob(), spark, RunOptions.in(base), System.out);

    List<String> rows = spark.read().parquet(base.resolve("data/curated/country_revenue").toString())
        .orderBy("country").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[DE,15.00,2]", "[FR,1.25,1]"), rows);
  }
}
