package dev.joinery.scheduler;

import static dev.joinery.scheduler.Jobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.annotations.JobState;
import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.catalog.TriggerFirings.Firing;
import dev.joinery.scheduler.clock.ManualClock;
import dev.joinery.scheduler.workflow.JobDefinition;
import dev.joinery.scheduler.workflow.JobRegistry;
import dev.joinery.scheduler.workflow.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduling core under a manual clock, with runs the test ends, and a real SQLite catalog
 * recording every firing: days of schedule in milliseconds.
 */
class SchedulerTest {
  private static final Instant DAY_ONE = Instant.parse("2026-12-01T01:00:00Z");

  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(DAY_ONE);
  private final FakeLauncher launcher = new FakeLauncher();
  private final List<String> log = new ArrayList<>();
  private TriggerFirings firings;

  @BeforeEach
  void catalog() {
    firings = new TriggerFirings(JoineryCatalog.open(CatalogLocation.sqlite(dir.resolve("catalog.db"), dir.resolve("wh"))));
  }

  private Scheduler scheduler(JobDefinition... jobs) {
    Scheduler scheduler = new Scheduler(new JobRegistry(Arrays.asList(jobs)), launcher, firings, clock, log::add);
    scheduler.start();
    return scheduler;
  }

  private void at(String time, Scheduler scheduler) {
    clock.set(Instant.parse(time));
    scheduler.tick();
  }

  private Firing lastFiring(String job) {
    return firings.recent(job, 1).get(0);
  }

  @Test
  void cronFiresEachSlotOnceInUtc() {
    Scheduler scheduler = scheduler(job("daily").cron("0 2 * * *").build());
    at("2026-12-01T01:59:59Z", scheduler);
    assertEquals(0, launcher.launched.size());
    at("2026-12-01T02:00:00Z", scheduler);
    at("2026-12-01T02:00:30Z", scheduler);
    assertEquals(1, launcher.of("daily").size(), log::toString);
    Firing firing = lastFiring("daily");
    assertEquals("CRON", firing.kind());
    assertEquals(Instant.parse("2026-12-01T02:00:00Z"), firing.slot());
    assertEquals("STARTED", firing.action());

    launcher.last("daily").succeed();
    at("2026-12-01T02:01:00Z", scheduler);
    assertEquals("SUCCEEDED", lastFiring("daily").outcome());
    assertEquals("run-0", lastFiring("daily").runId());
    at("2026-12-02T02:00:00Z", scheduler);
    assertEquals(2, launcher.of("daily").size());
    assertEquals(Instant.parse("2026-12-03T02:00:00Z"), scheduler.nextSlot("daily").orElseThrow());
  }

  @Test
  void conditionsStartJobsOnSuccessAndOnFailure() {
    Scheduler scheduler = scheduler(job("load").cron("0 2 * * *").build(),
        job("report").after("load", JobState.SUCCEEDED).build(),
        job("alert").after("load", JobState.FAILED).build());
    at("2026-12-01T02:00:00Z", scheduler);
    launcher.last("load").succeed();
    at("2026-12-01T02:05:00Z", scheduler);
    assertEquals(1, launcher.of("report").size());
    assertEquals(0, launcher.of("alert").size());
    assertEquals("AFTER", lastFiring("report").kind());
    assertEquals("load SUCCEEDED", lastFiring("report").reason());

    at("2026-12-02T02:00:00Z", scheduler);
    launcher.last("load").fail();
    at("2026-12-02T02:05:00Z", scheduler);
    assertEquals(1, launcher.of("report").size());
    assertEquals(1, launcher.of("alert").size());
    assertEquals("load FAILED", lastFiring("alert").reason());
  }

  @Test
  void allWaitsForEveryConditionAnyForOne() {
    Scheduler scheduler = scheduler(job("orders").cron("0 2 * * *").build(), job("customers").cron("0 3 * * *").build(),
        job("both").after("orders", JobState.SUCCEEDED).after("customers", JobState.SUCCEEDED).build(),
        job("either").after("orders", JobState.SUCCEEDED).after("customers", JobState.SUCCEEDED).any().build());
    at("2026-12-01T02:00:00Z", scheduler);
    launcher.last("orders").succeed();
    at("2026-12-01T02:10:00Z", scheduler);
    assertEquals(0, launcher.of("both").size(), "one of two conditions held");
    assertEquals(1, launcher.of("either").size());

    launcher.last("either").succeed();
    at("2026-12-01T03:00:00Z", scheduler);
    launcher.last("customers").succeed();
    at("2026-12-01T03:10:00Z", scheduler);
    assertEquals(1, launcher.of("both").size());
    assertEquals("all of orders SUCCEEDED, customers SUCCEEDED", lastFiring("both").reason());
    assertEquals(2, launcher.of("either").size(), log::toString);

    // ALL starts over: one more orders success alone does not start it again.
    at("2026-12-02T02:00:00Z", scheduler);
    launcher.last("orders").succeed();
    at("2026-12-02T02:10:00Z", scheduler);
    assertEquals(1, launcher.of("both").size());
  }

  /** A file written now, by the test's clock (the scheduler compares modification times with its firings). */
  private void write(Path file) throws IOException {
    Files.writeString(file, "id\n1\n");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock.instant()));
  }

  @Test
  void aRestartedSchedulerRemembersWhichConditionsHeld() {
    JobDefinition[] jobs = {job("orders").cron("0 2 * * *").build(), job("customers").cron("0 3 * * *").build(),
        job("both").after("orders", JobState.SUCCEEDED).after("customers", JobState.SUCCEEDED).build()};
    Scheduler first = scheduler(jobs);
    at("2026-12-01T02:00:00Z", first);
    launcher.last("orders").succeed();
    at("2026-12-01T03:00:00Z", first);
    launcher.last("customers").succeed();
    at("2026-12-01T03:10:00Z", first);
    launcher.last("both").succeed();
    at("2026-12-02T02:00:00Z", first);
    launcher.last("orders").succeed();
    at("2026-12-02T02:10:00Z", first);
    assertEquals(1, launcher.of("both").size());

    clock.set(Instant.parse("2026-12-02T02:30:00Z"));
    Scheduler second = scheduler(jobs);
    at("2026-12-02T03:00:00Z", second);
    launcher.last("customers").succeed();
    at("2026-12-02T03:10:00Z", second);
    assertEquals(2, launcher.of("both").size(), "orders succeeded after both last started, before the restart");
  }

  @Test
  void newFilesInARealFolderStartARun() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("data/raw/orders"));
    write(folder.resolve("old.csv"));
    Scheduler scheduler = scheduler(job("ledger").reads("raw.orders")
        .newFiles("raw.orders", folder, Duration.ofSeconds(30)).build());
    scheduler.tick();
    assertEquals(0, launcher.launched.size(), "files there before the first start are not new");

    write(folder.resolve("new.csv"));
    write(folder.resolve("_SUCCESS"));
    write(Files.createDirectories(folder.resolve(".staging")).resolve("part.csv"));
    clock.advance(Duration.ofSeconds(10));
    scheduler.tick();
    assertEquals(0, launcher.launched.size(), "polled every 30s, not on every tick");
    clock.advance(Duration.ofSeconds(20));
    scheduler.tick();
    assertEquals(1, launcher.of("ledger").size());
    assertEquals("FILES", lastFiring("ledger").kind());
    assertEquals("1 new file(s) in raw.orders: new.csv", lastFiring("ledger").reason());

    launcher.last("ledger").succeed();
    clock.advance(Duration.ofSeconds(30));
    scheduler.tick();
    assertEquals(1, launcher.of("ledger").size(), "nothing new since");

    // A restarted scheduler finds the file that arrived while it was down.
    clock.advance(Duration.ofMinutes(5));
    write(folder.resolve("while-down.csv"));
    Scheduler restarted = scheduler(job("ledger").reads("raw.orders")
        .newFiles("raw.orders", folder, Duration.ofSeconds(30)).build());
    restarted.tick();
    assertEquals(2, launcher.of("ledger").size(), log::toString);
    assertEquals("1 new file(s) in raw.orders: while-down.csv", lastFiring("ledger").reason());
  }

  @Test
  void afterWritersWaitsForTheJobsThatWriteItsInputs() {
    Scheduler scheduler = scheduler(job("daily_revenue").cron("0 2 * * *").reads("raw.orders")
            .writes("curated.daily_revenue").build(),
        job("top_markets").reads("curated.daily_revenue").writes("reports.top_markets").afterWriters().build(),
        job("unrelated").reads("raw.orders").afterWriters().build());
    at("2026-12-01T02:00:00Z", scheduler);
    assertEquals(0, launcher.of("top_markets").size());
    launcher.last("daily_revenue").succeed();
    at("2026-12-01T02:01:00Z", scheduler);
    assertEquals(1, launcher.of("top_markets").size());
    assertEquals("daily_revenue SUCCEEDED (writes curated.daily_revenue)", lastFiring("top_markets").reason());
    assertEquals(0, launcher.of("unrelated").size(), "no job writes raw.orders");
  }

  @Test
  void extraTriggersQueueOrAreSkippedAsDeclared() {
    Scheduler scheduler = scheduler(
        job("queued").cron("* * * * *").limits(1, RunPolicy.WhenBusy.QUEUE, null, 0).build(),
        job("skipped").cron("* * * * *").limits(2, RunPolicy.WhenBusy.SKIP, null, 0).build());
    at("2026-12-01T01:01:00Z", scheduler);
    at("2026-12-01T01:02:00Z", scheduler);
    at("2026-12-01T01:03:00Z", scheduler);
    assertEquals(1, launcher.of("queued").size(), "one at a time");
    assertEquals(1, scheduler.running("queued"));
    assertEquals(2, launcher.of("skipped").size(), "two at a time");
    List<Firing> skipped = firings.recent("skipped", 10);
    assertEquals("SKIPPED", skipped.get(0).action());
    assertTrue(skipped.get(0).message().contains("maxConcurrent 2, whenBusy SKIP"), skipped.get(0).message());
    assertEquals(2, firings.recent("queued", 10).stream().filter(f -> f.action().equals("QUEUED")).count());

    launcher.last("queued").succeed();
    at("2026-12-01T01:03:10Z", scheduler);
    assertEquals(2, launcher.of("queued").size(), "the first queued firing starts when the run ends");
    assertEquals(Instant.parse("2026-12-01T01:02:00Z"),
        firings.recent("queued", 10).stream().filter(f -> f.attempts() == 1 && f.outcome() == null)
            .findFirst().orElseThrow().slot());
  }

  @Test
  void aRunPastItsTimeoutIsStoppedAndNotRetried() {
    Scheduler scheduler = scheduler(job("slow").cron("0 2 * * *")
        .limits(1, RunPolicy.WhenBusy.QUEUE, Duration.ofMinutes(10), 2).build(),
        job("on_timeout").after("slow", JobState.TIMEOUT).build());
    at("2026-12-01T02:00:00Z", scheduler);
    at("2026-12-01T02:09:59Z", scheduler);
    assertFalse(launcher.last("slow").stopAsked);
    at("2026-12-01T02:10:00Z", scheduler);
    assertTrue(launcher.last("slow").stopAsked);
    at("2026-12-01T02:10:01Z", scheduler);
    Firing firing = lastFiring("slow");
    assertEquals("TIMEOUT", firing.outcome());
    assertEquals("ran longer than its timeout of 10m; it was stopped and committed nothing", firing.message());
    assertEquals(1, launcher.of("slow").size(), "a timeout is not retried");
    assertEquals(1, launcher.of("on_timeout").size());
  }

  @Test
  void aFailedRunIsRetriedButNotBadData() {
    Scheduler scheduler = scheduler(
        job("flaky").cron("0 2 * * *").limits(1, RunPolicy.WhenBusy.QUEUE, null, 2).build(),
        job("strict").cron("0 2 * * *").limits(1, RunPolicy.WhenBusy.QUEUE, null, 2).build());
    at("2026-12-01T02:00:00Z", scheduler);
    launcher.last("flaky").fail();
    launcher.last("strict").failOnBadData();
    at("2026-12-01T02:01:00Z", scheduler);
    assertEquals(2, launcher.of("flaky").size());
    assertEquals(2, launcher.last("flaky").request.attempt());
    assertEquals(1, launcher.of("strict").size());
    assertEquals("FAILED", lastFiring("strict").outcome());

    launcher.last("flaky").succeed();
    at("2026-12-01T02:02:00Z", scheduler);
    Firing firing = lastFiring("flaky");
    assertEquals("SUCCEEDED", firing.outcome());
    assertEquals(2, firing.attempts());
    assertEquals("run-2", firing.runId());
  }

  @Test
  void aRestartedSchedulerDoesNotRunASlotTwiceAndCatchesUpAsDeclared() {
    JobDefinition[] jobs = {
        job("skip").cron("0 2 * * *").build(),
        job("last").cron("0 2 * * *").catchUp(Trigger.CatchUp.LAST).build(),
        job("all").cron("0 2 * * *").catchUp(Trigger.CatchUp.ALL).build()};
    Scheduler first = scheduler(jobs);
    at("2026-12-01T02:00:00Z", first);
    assertEquals(3, launcher.launched.size());

    // Killed and started again within the slot's minute: the slot is not fired again.
    clock.set(Instant.parse("2026-12-01T02:00:40Z"));
    Scheduler second = scheduler(jobs);
    second.tick();
    assertEquals(3, launcher.launched.size(), log::toString);

    // Down for three nights: 2, 3 and 4 December.
    launcher.launched.forEach(FakeLauncher.Run::succeed);
    second.tick();
    clock.set(Instant.parse("2026-12-04T09:00:00Z"));
    Scheduler third = scheduler(jobs);
    third.tick();
    assertEquals(1, launcher.of("skip").size());
    assertEquals("MISSED", lastFiring("skip").action());
    assertEquals(Instant.parse("2026-12-04T02:00:00Z"), lastFiring("skip").slot());
    assertEquals(2, launcher.of("last").size());
    assertEquals(Instant.parse("2026-12-04T02:00:00Z"), lastFiring("last").slot());
    assertEquals(2, launcher.of("all").size(), "one at a time: the others queue");
    launcher.last("all").succeed();
    third.tick();
    launcher.last("all").succeed();
    third.tick();
    assertEquals(4, launcher.of("all").size());

    // And once more: nothing was missed since.
    Scheduler fourth = scheduler(jobs);
    fourth.tick();
    assertEquals(1 + 2 + 4, launcher.launched.size(), log::toString);
  }

  @Test
  void aRunThatCannotStartFailsAndStartsItsFailureWatcher() {
    launcher.onLaunch = run -> {
      if (run.request.job().equals("load")) {
        throw new IllegalStateException("Cannot run program \"java\": error=12, Cannot allocate memory");
      }
    };
    Scheduler scheduler = scheduler(job("load").cron("0 2 * * *").limits(1, RunPolicy.WhenBusy.QUEUE, null, 3).build(),
        job("alert").after("load", JobState.FAILED).build());
    at("2026-12-01T02:00:00Z", scheduler);
    at("2026-12-01T02:00:01Z", scheduler);
    assertEquals("FAILED", lastFiring("load").outcome());
    assertEquals("could not start: Cannot run program \"java\": error=12, Cannot allocate memory",
        lastFiring("load").message());
    assertEquals(1, launcher.of("load").size(), "not retried: it would fail the same way at once");
    assertEquals(1, launcher.of("alert").size());
  }

  @Test
  void shutdownStopsRunsAndRecordsIt() throws InterruptedException {
    Scheduler scheduler = scheduler(job("long").cron("0 2 * * *").build(),
        job("after_long").after("long", JobState.STOPPED).build());
    at("2026-12-01T02:00:00Z", scheduler);
    scheduler.shutdown(Duration.ZERO, Duration.ofSeconds(30), clock::advance);
    assertTrue(launcher.last("long").stopAsked);
    assertEquals("STOPPED", lastFiring("long").outcome());
    assertEquals(0, launcher.of("after_long").size(), "a stopping scheduler starts nothing");
  }

  @Test
  void aWorkflowRunsInDependencyOrderAndSkipsWhatAFailureBlocks() throws InterruptedException {
    JobRegistry registry = new JobRegistry(List.of(
        job("top_markets").reads("curated.daily_revenue").workflow("nightly").build(),
        job("daily_revenue").reads("raw.orders").writes("curated.daily_revenue").workflow("nightly").build(),
        job("customer_directory").reads("raw.customers").writes("curated.customers").workflow("nightly").build()));
    launcher.onLaunch = run -> {
      if (run.request.job().equals("daily_revenue")) {
        run.fail();
      } else {
        run.succeed();
      }
    };
    Map<String, JobState> outcomes = new WorkflowRun(registry, launcher, firings, clock, clock::advance, log::add)
        .run("nightly");
    assertEquals(List.of("customer_directory", "daily_revenue", "top_markets"), List.copyOf(outcomes.keySet()));
    assertEquals(JobState.FAILED, outcomes.get("daily_revenue"));
    assertNull(outcomes.get("top_markets"));
    assertEquals("SKIPPED", lastFiring("top_markets").action());
    assertEquals("daily_revenue ended FAILED, not SUCCEEDED", lastFiring("top_markets").message());
  }
}
