package dev.joinery.scheduler;

import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.catalog.TriggerFirings.Firing;
import dev.joinery.scheduler.clock.Sleeper;
import dev.joinery.scheduler.launch.RunLauncher;
import dev.joinery.scheduler.run.RunSupervisor;
import dev.joinery.scheduler.trigger.CronSlots;
import dev.joinery.scheduler.trigger.FolderWatch;
import dev.joinery.scheduler.workflow.JobDefinition;
import dev.joinery.scheduler.workflow.JobRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The scheduling core: on each {@link #tick} it ends and retries runs, fires the triggers whose
 * time or condition came (cron slots, other jobs' outcomes, new files), and starts, queues or skips
 * runs within each job's concurrency. Time comes from a {@link Clock} and runs from a
 * {@link RunLauncher}, so tests drive hours of schedule with a manual clock. Everything it decides
 * is a firing in the catalog, which is also what a restarted scheduler resumes from.
 * Single-threaded: one loop calls {@link #start}, {@link #tick} and {@link #shutdown}.
 */
public final class Scheduler {
  /** At most this many missed slots of one job are caught up ({@code catchUp = ALL}). */
  static final int MAX_CATCH_UP = 100;

  private final JobRegistry registry;
  private final TriggerFirings firings;
  private final Clock clock;
  private final RunSupervisor supervisor;
  private final ConditionTracker conditions;
  private final Consumer<String> log;
  private final Map<String, CronSlots> crons = new LinkedHashMap<>();
  private final Map<String, Instant> nextSlot = new LinkedHashMap<>();
  private final Map<String, List<FolderWatch>> watches = new LinkedHashMap<>();
  private final Map<String, Instant> nextPoll = new LinkedHashMap<>();
  private final Map<String, Deque<Firing>> queued = new LinkedHashMap<>();
  private boolean stopping;

  /** @param log one line per decision, for the scheduler's console */
  public Scheduler(JobRegistry registry, RunLauncher launcher, TriggerFirings firings, Clock clock,
      Consumer<String> log) {
    this.registry = registry;
    this.firings = firings;
    this.clock = clock;
    this.supervisor = new RunSupervisor(launcher, firings, clock);
    this.conditions = new ConditionTracker(registry);
    this.log = log;
  }

  /**
   * Resumes from the catalog: each cron job's next slot is the first after the newest slot it
   * ever fired, so no slot runs twice; slots missed while no scheduler ran are skipped, or the
   * last or all of them run, as the job's {@code catchUp} says. Files that arrived in a watched
   * folder since the job's last file firing count as new, and conditions that held since a job
   * last started still hold.
   */
  public void start() {
    Instant now = clock.instant();
    conditions.restore(firings);
    for (JobDefinition job : registry.jobs()) {
      if (!job.triggers().schedule().isBlank()) {
        CronSlots cron = new CronSlots(job.triggers().schedule());
        crons.put(job.name(), cron);
        firings.lastSlot(job.name()).ifPresent(last -> catchUp(job, cron, cron.between(last, now, MAX_CATCH_UP)));
        nextSlot.put(job.name(), cron.nextAfter(now));
      }
      if (!job.fileFolders().isEmpty()) {
        Optional<Instant> lastFired = firings.lastFired(job.name(), "FILES");
        List<FolderWatch> folders = new ArrayList<>();
        for (Path folder : job.fileFolders().values()) {
          folders.add(new FolderWatch(folder, seen -> lastFired.map(t -> !seen.modified().isAfter(t)).orElse(true)));
        }
        watches.put(job.name(), folders);
        nextPoll.put(job.name(), now);
      }
    }
  }

  private void catchUp(JobDefinition job, CronSlots cron, List<Instant> missed) {
    if (missed.isEmpty()) {
      return;
    }
    Trigger.CatchUp policy = job.triggers().catchUp();
    if (policy == Trigger.CatchUp.NONE) {
      Instant latest = missed.get(missed.size() - 1);
      firings.save(firing(job, "CRON", "cron " + cron.expression() + ": " + missed.size()
          + " slot(s) missed while no scheduler ran; catchUp NONE skips them", latest).withAction("MISSED"));
      log.accept(job.name() + ": skipped " + missed.size() + " missed slot(s) up to " + latest);
      return;
    }
    List<Instant> slots = policy == Trigger.CatchUp.LAST ? missed.subList(missed.size() - 1, missed.size()) : missed;
    for (Instant slot : slots) {
      fire(job, "CRON", "cron " + cron.expression() + ", missed slot caught up (" + policy + ")", slot);
    }
  }

  /** One pass: ended runs and what their outcome starts, due cron slots, new files, queued runs. */
  public void tick() {
    for (RunSupervisor.Ended ended : supervisor.tick()) {
      log.accept(ended.job().name() + ": run ended " + ended.outcome().state()
          + (ended.outcome().message() == null ? "" : " (" + ended.outcome().message() + ")"));
      if (!stopping) {
        for (ConditionTracker.Start start : conditions.ended(ended.job().name(), ended.outcome().state())) {
          fire(start.job(), "AFTER", start.reason(), null);
        }
      }
    }
    if (stopping) {
      return;
    }
    Instant now = clock.instant();
    for (Map.Entry<String, Instant> slot : nextSlot.entrySet()) {
      CronSlots cron = crons.get(slot.getKey());
      while (!slot.getValue().isAfter(now)) {
        fire(registry.find(slot.getKey()).orElseThrow(), "CRON", "cron " + cron.expression(), slot.getValue());
        slot.setValue(cron.nextAfter(slot.getValue()));
      }
    }
    for (Map.Entry<String, List<FolderWatch>> watch : watches.entrySet()) {
      JobDefinition job = registry.find(watch.getKey()).orElseThrow();
      if (now.isBefore(nextPoll.get(job.name()))) {
        continue;
      }
      nextPoll.put(job.name(), now.plus(job.triggers().poll()));
      List<String> arrived = new ArrayList<>();
      for (FolderWatch folder : watch.getValue()) {
        folder.poll().forEach(file -> arrived.add(folder.folder().relativize(file).toString()));
      }
      if (!arrived.isEmpty()) {
        fire(job, "FILES", arrived.size() + " new file(s) in " + String.join(", ", job.fileFolders().keySet()) + ": "
            + arrived.stream().limit(5).collect(Collectors.joining(", ")) + (arrived.size() > 5 ? ", ..." : ""), null);
      }
    }
    startQueued();
  }

  /** Fires a trigger of {@code job}: starts a run, or queues or skips it when the job runs its maximum already. */
  void fire(JobDefinition job, String kind, String reason, Instant slot) {
    Firing firing = firing(job, kind, reason, slot);
    Deque<Firing> queue = queued.computeIfAbsent(job.name(), k -> new ArrayDeque<>());
    int max = job.triggers().limits().maxConcurrent();
    if (queue.isEmpty() && supervisor.running(job.name()) < max) {
      log.accept(job.name() + ": starting (" + reason + ")");
      supervisor.start(firing, job);
    } else if (job.triggers().limits().whenBusy() == RunPolicy.WhenBusy.QUEUE) {
      log.accept(job.name() + ": queued behind " + supervisor.running(job.name()) + " run(s) (" + reason + ")");
      firing = firing.withAction("QUEUED");
      firings.save(firing);
      queue.add(firing);
    } else {
      log.accept(job.name() + ": skipped, " + max + " run(s) running already (" + reason + ")");
      firings.save(firing.withAction("SKIPPED").ended(null, clock.instant(),
          max + " run(s) of " + job.name() + " were running (maxConcurrent " + max + ", whenBusy SKIP)"));
    }
  }

  private void startQueued() {
    for (Map.Entry<String, Deque<Firing>> queue : queued.entrySet()) {
      JobDefinition job = registry.find(queue.getKey()).orElseThrow();
      while (!queue.getValue().isEmpty() && supervisor.running(job.name()) < job.triggers().limits().maxConcurrent()) {
        Firing next = queue.getValue().poll();
        log.accept(job.name() + ": starting queued run (" + next.reason() + ")");
        supervisor.start(next, job);
      }
    }
  }

  private Firing firing(JobDefinition job, String kind, String reason, Instant slot) {
    return new Firing(UUID.randomUUID().toString(), job.name(), kind, reason, slot, clock.instant(), "STARTED", 0,
        null, null, null, null);
  }

  /** Runs of {@code job} now running. */
  public int running(String job) {
    return supervisor.running(job);
  }

  /** The next cron slot of {@code job}, if it has a schedule. */
  public Optional<Instant> nextSlot(String job) {
    return Optional.ofNullable(nextSlot.get(job));
  }

  /**
   * Stops cleanly: fires nothing more, records queued firings as skipped, and lets running runs
   * finish for up to {@code finishFor} (zero: none); then asks the rest to stop, kills what still
   * runs after {@code grace}, and records each run's end.
   */
  public void shutdown(Duration finishFor, Duration grace, Sleeper sleeper) throws InterruptedException {
    stopping = true;
    for (Deque<Firing> queue : queued.values()) {
      for (Firing firing : queue) {
        firings.save(firing.withAction("SKIPPED").ended(null, clock.instant(),
            "the scheduler stopped before it could start this run"));
      }
      queue.clear();
    }
    waitForRuns(finishFor, sleeper);
    supervisor.stopAll();
    waitForRuns(grace, sleeper);
    if (!supervisor.idle()) {
      supervisor.killAll();
      waitForRuns(Duration.ofSeconds(10), sleeper);
    }
  }

  private void waitForRuns(Duration atMost, Sleeper sleeper) throws InterruptedException {
    Instant until = clock.instant().plus(atMost);
    tick();
    while (!supervisor.idle() && clock.instant().isBefore(until)) {
      sleeper.sleep(Duration.ofMillis(200));
      tick();
    }
  }
}
