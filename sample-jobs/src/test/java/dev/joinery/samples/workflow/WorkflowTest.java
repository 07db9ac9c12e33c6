package dev.joinery.samples.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.annotations.JobState;
import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.RunEntry;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.cli.JoineryCli;
import dev.joinery.samples.SparkSessions;
import dev.joinery.scheduler.clock.Sleeper;
import dev.joinery.scheduler.launch.ProcessLauncher;
import dev.joinery.scheduler.workflow.JobDefinition;
import dev.joinery.scheduler.workflow.JobRegistry;
import dev.joinery.scheduler.workflow.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sample jobs as the scheduler sees them: the nightly workflow ordered by lineage alone
 * (top_markets reads what daily_revenue writes), run for real in child JVMs, and exported as an
 * Airflow DAG that Python compiles.
 */
class WorkflowTest {
  @TempDir Path dir;

  private JobRegistry registry() {
    return JobRegistry.fromClassPath(getClass().getClassLoader(), dir);
  }

  @Test
  void lineageOrdersTheNightlyWorkflowAndStartsTopMarketsAfterDailyRevenue() {
    JobRegistry registry = registry();
    assertEquals(List.of("daily_revenue", "top_markets"),
        registry.workflow("nightly").stream().map(JobDefinition::name).toList());
    JobDefinition topMarkets = registry.find("top_markets").orElseThrow();
    assertEquals(List.of(new JobRegistry.Upstream("daily_revenue", JobState.SUCCEEDED, "curated.daily_revenue")),
        registry.triggersOf(topMarkets));
    assertEquals("", topMarkets.triggers().schedule());
    JobDefinition ledger = registry.find("order_ledger").orElseThrow();
    assertEquals(Map.of("raw.orders", dir.resolve("data/raw/orders").toAbsolutePath()), ledger.fileFolders());
    assertTrue(registry.triggersOf(ledger).isEmpty());
  }

  /**
   * The real launcher: daily_revenue (the nightly workflow's first job) in a JVM of its own. One
   * child only, to keep the suite quick; the order of the whole workflow is the test above.
   */
  @Test
  void aWorkflowJobRunsInAChildJvmAndItsRunIsRecorded() throws Exception {
    SparkSessions.copySampleData(dir);
    JoineryCatalog catalog = JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
    TriggerFirings firings = new TriggerFirings(catalog);
    List<String> log = new ArrayList<>();
    ProcessLauncher launcher = new ProcessLauncher(ProcessLauncher.javaLikeThisOne(), dir,
        List.of("--master", "local[1]", "--conf", "spark.sql.shuffle.partitions=2"), firings);
    JobRegistry firstJob = new JobRegistry(List.of(registry().find("daily_revenue").orElseThrow()));
    Map<String, JobState> outcomes = new WorkflowRun(firstJob, launcher, firings, Clock.systemUTC(), Sleeper.REAL,
        log::add).run("nightly");

    assertEquals(Map.of("daily_revenue", JobState.SUCCEEDED), outcomes, log::toString);
    assertTrue(Files.list(dir.resolve("data/curated/daily_revenue/data")).findAny().isPresent());
    // The firing names the run the child recorded in joinery_runs.
    TriggerFirings.Firing firing = firings.recent("daily_revenue", 1).get(0);
    assertEquals("WORKFLOW", firing.kind());
    assertEquals("SUCCEEDED", firing.outcome());
    RunEntry run = catalog.runs("daily_revenue", 1).get(0);
    assertEquals(run.runId(), firing.runId());
    assertEquals(RunEntry.RunStatus.SUCCEEDED, run.status());
    assertTrue(Files.readString(dir.resolve(".joinery/scheduler/daily_revenue-" + firing.firingId() + "-1.log"))
        .contains("curated.daily_revenue"));
  }

  @Test
  void theAirflowExportIsPythonWithTheSameDependenciesAndSchedules() throws IOException, InterruptedException {
    Path dag = dir.resolve("joinery_dags.py");
    int exit = new CommandLine(new JoineryCli()).execute("workflow", "export", "--airflow", "--out", dag.toString(),
        "--app-jar", "/opt/jobs/shop-app.jar", "--run-base-dir", "/data/shop", "--base-dir", dir.toString());
    assertEquals(0, exit);
    String python = Files.readString(dag);

    Process compile = new ProcessBuilder("python3", "-m", "py_compile", dag.toString()).redirectErrorStream(true).start();
    String errors = new String(compile.getInputStream().readAllBytes());
    assertEquals(0, compile.waitFor(), errors);

    String nightly = python.substring(python.indexOf("dag_id='nightly'"), python.indexOf("dag_id='joinery_"));
    assertTrue(nightly.contains("schedule='0 2 * * *'"), nightly);
    assertTrue(nightly.contains("daily_revenue >> top_markets  # top_markets reads curated.daily_revenue"), nightly);
    assertTrue(nightly.contains("java_class='dev.joinery.samples.shop.JoineryTopMarketsJob'"), nightly);
    assertTrue(nightly.contains("trigger_rule='all_success'"), nightly);
    assertTrue(python.contains("APP_JAR = '/opt/jobs/shop-app.jar'"));
    assertTrue(python.contains("RUN_ARGS = ['--base-dir', '/data/shop']"));
    // Every other job is a DAG of its own with its schedule; order_ledger's new-files trigger is said in a comment.
    assertTrue(python.contains("dag_id='joinery_order_ledger',\n    schedule='*/15 * * * *'"), python);
    assertTrue(python.contains("# order_ledger also starts on new files in raw.orders"), python);
    assertTrue(python.contains("dag_id='joinery_customer_directory',\n    schedule=None"), python);
    assertEquals(1, python.split(" >> ", -1).length - 1, "one dependency among the sample jobs");
  }
}
