package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.REVENUE_JOB;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Triggers and run policies: what a scheduler reads comes out of the build as a descriptor and in
 * the workflow diagram; a trigger that names no job, a circle of triggers, or a limit no scheduler
 * can keep is one tagged error on the annotation value at fault.
 */
class TriggerDiagnosticsTest {
  private static final JavaFileObject TOP_MARKET = JavaFileObjects.forSourceString("shop.TopMarket", """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "reports.top_markets", location = "data/reports/top_markets", format = Format.CSV)
      public record TopMarket(LocalDate day, String country, BigDecimal revenue) {}
      """);

  /** Reads what daily_revenue writes. Tests put trigger annotations on the marked line. */
  private static final String TOP_JOB = """
      package shop;

      import dev.joinery.annotations.*;

      /** Busy days. */
      @Job(name = "top_markets")
      // triggers
      final class TopMarketsJob {

        /** Days with many orders. */
        @Filter
        static boolean busy(DailyRevenue r) { return r.orders() >= 20; }

        /** The report's columns. */
        @Select(from = "busy")
        @Sink
        TopMarket report;
      }
      """;

  private static Compilation compile(String revenueJob, String topJob) {
    return Fixtures.compile(TOP_MARKET, Fixtures.job("shop.DailyRevenueJob", revenueJob),
        Fixtures.job("shop.TopMarketsJob", topJob));
  }

  private static String top(String triggers) {
    return replace(TOP_JOB, "// triggers", triggers);
  }

  private static void expectOneError(Compilation compilation, String file, String source, String at,
      String... fragments) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(Fixtures.job(file, source)).onLine(lineOf(source, at));
    }
  }

  private static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void triggersBecomeADescriptorAndDashedEdgesOfTheWorkflowDiagram() throws IOException {
    String topJob = top("""
        @After(job = "daily_revenue", state = JobState.FAILED)
        @Trigger(afterWriters = true, logic = Trigger.Logic.ANY, newFiles = "curated.daily_revenue", poll = "30s")
        @RunPolicy(maxConcurrent = 2, whenBusy = RunPolicy.WhenBusy.SKIP, timeout = "2h", retries = 1,
            properties = "spark.sql.shuffle.partitions=4")
        @Workflow("nightly")""");
    Compilation compilation = compile(REVENUE_JOB, topJob);
    assertThat(compilation).succeededWithoutWarnings();

    String descriptor = resource(compilation, "META-INF/joinery-triggers/top_markets.json");
    assertThat(descriptor).contains("\"after\" : [ {\n    \"job\" : \"daily_revenue\",\n    \"state\" : \"FAILED\"\n  } ]");
    assertThat(descriptor).contains("\"logic\" : \"ANY\"");
    assertThat(descriptor).contains("\"afterWriters\" : true");
    assertThat(descriptor).contains("\"newFiles\" : [ \"curated.daily_revenue\" ]");
    assertThat(descriptor).contains("\"maxConcurrent\" : 2");
    assertThat(descriptor).contains("\"whenBusy\" : \"SKIP\"");
    assertThat(descriptor).contains("\"timeout\" : \"2h\"");
    assertThat(descriptor).contains("\"properties\" : [ \"spark.sql.shuffle.partitions=4\" ]");
    assertThat(descriptor).contains("\"workflow\" : \"nightly\"");
    assertThat(resource(compilation, "META-INF/joinery-triggers/daily_revenue.json"))
        .contains("\"schedule\" : \"0 2 * * *\"");

    String dot = resource(compilation, "META-INF/joinery/workflow.dot");
    // Tables n0..n3 (orders, customers, daily_revenue, top_markets), then daily_revenue n4, top_markets n5.
    assertThat(dot).contains("n4 -> n5 [label=\"starts on FAILED (any)\", color=\"#8c959f\", style=dashed");
    assertThat(dot).contains("n4 -> n5 [label=\"starts on SUCCEEDED (any), writes curated.daily_revenue\"");
    assertThat(dot).contains("no schedule\\nnew files in curated.daily_revenue (every 30s)"
        + "\\n2 at once, skip when busy, timeout 2h, 1 retry\\nworkflow nightly\"");
    assertThat(dot).doesNotContain("shuffle"); // run properties may hold what a diagram must not show
  }

  @Test
  void anAfterMustNameAJobOfTheBuild() {
    String topJob = top("@After(job = \"daily_revenu\")");
    expectOneError(compile(REVENUE_JOB, topJob), "shop.TopMarketsJob", topJob, "@After(job = \"daily_revenu\")",
        "[joinery:unknown-job] @After of job top_markets names job 'daily_revenu', which is not a job of this build",
        "Did you mean 'daily_revenue'?");
  }

  @Test
  void theSecondOfRepeatedAftersIsPointedAt() {
    String topJob = top("@After(job = \"daily_revenue\")\n@After(job = \"customer_directory\", state = JobState.TIMEOUT)");
    expectOneError(compile(REVENUE_JOB, topJob), "shop.TopMarketsJob", topJob, "@After(job = \"customer_directory\"",
        "[joinery:unknown-job] @After of job top_markets names job 'customer_directory'");
  }

  @Test
  void jobsThatStartEachOtherAreACycle() {
    String revenueJob = replace(REVENUE_JOB, "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")",
        "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")\n@After(job = \"top_markets\")");
    String topJob = top("@Trigger(afterWriters = true)");
    expectOneError(compile(revenueJob, topJob), "shop.DailyRevenueJob", revenueJob, "@After(job = \"top_markets\")",
        "[joinery:cycle] Jobs start each other in a circle: daily_revenue runs after top_markets SUCCEEDED;"
            + " top_markets runs after daily_revenue SUCCEEDED (it reads curated.daily_revenue).");
  }

  @Test
  void newFilesMustBeATableTheJobReads() {
    String revenueJob = replace(REVENUE_JOB, "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")",
        "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")\n@Trigger(newFiles = \"raw.order\")");
    expectOneError(compile(revenueJob, TOP_JOB), "shop.DailyRevenueJob", revenueJob, "newFiles = \"raw.order\"",
        "[joinery:bad-trigger] @Trigger(newFiles) of job daily_revenue names 'raw.order', which is no table the job"
            + " reads", "Did you mean 'raw.orders'?");
  }

  @Test
  void aTimeoutMustBeADuration() {
    String topJob = top("@RunPolicy(timeout = \"2 hours\")");
    expectOneError(compile(REVENUE_JOB, topJob), "shop.TopMarketsJob", topJob, "timeout = \"2 hours\"",
        "[joinery:bad-trigger] Timeout '2 hours' of job top_markets is not a duration (write 30s, 15m, 2h or 1d).");
  }

  @Test
  void aPollIntervalIsBounded() {
    String topJob = top("@Trigger(newFiles = \"curated.daily_revenue\", poll = \"0s\")");
    expectOneError(compile(REVENUE_JOB, topJob), "shop.TopMarketsJob", topJob, "poll = \"0s\"",
        "[joinery:bad-trigger] Poll interval '0s' of job top_markets must be between 1s and 1d.");
  }

  @Test
  void noRunCouldStartWithoutAConcurrentRun() {
    String topJob = top("@RunPolicy(maxConcurrent = 0)");
    expectOneError(compile(REVENUE_JOB, topJob), "shop.TopMarketsJob", topJob, "maxConcurrent = 0",
        "[joinery:bad-trigger] @RunPolicy(maxConcurrent = 0) of job top_markets would never let a run start");
  }
}
