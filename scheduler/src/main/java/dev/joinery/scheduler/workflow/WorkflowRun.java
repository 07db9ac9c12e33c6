package dev.joinery.scheduler.workflow;

import dev.joinery.annotations.JobState;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.catalog.TriggerFirings.Firing;
import dev.joinery.scheduler.clock.Sleeper;
import dev.joinery.scheduler.launch.RunLauncher;
import dev.joinery.scheduler.run.RunSupervisor;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code joinery workflow run <name>}: the workflow's jobs one after another in dependency order,
 * each with its run policy (timeout, retries). A job whose upstream in the workflow did not end as
 * it waits for (succeeded, for a table it reads) is skipped, and so is what depends on it. Every
 * job is a WORKFLOW firing in the catalog.
 */
public final class WorkflowRun {
  private final JobRegistry registry;
  private final TriggerFirings firings;
  private final RunSupervisor supervisor;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Consumer<String> log;

  public WorkflowRun(JobRegistry registry, RunLauncher launcher, TriggerFirings firings, Clock clock, Sleeper sleeper,
      Consumer<String> log) {
    this.registry = registry;
    this.firings = firings;
    this.supervisor = new RunSupervisor(launcher, firings, clock);
    this.clock = clock;
    this.sleeper = sleeper;
    this.log = log;
  }

  /** Runs the workflow; returns each job's outcome in the order run, null for a job skipped. */
  public Map<String, JobState> run(String workflow) throws InterruptedException {
    List<JobDefinition> jobs = registry.workflow(workflow);
    if (jobs.isEmpty()) {
      throw new IllegalArgumentException("No job is in workflow '" + workflow + "'"
          + (registry.workflows().isEmpty() ? "; no job declares @Workflow." : "; workflows: " + registry.workflows()));
    }
    Map<String, JobState> outcomes = new LinkedHashMap<>();
    for (JobDefinition job : jobs) {
      Optional<String> blocked = registry.dependenciesOf(job).stream()
          .filter(u -> outcomes.containsKey(u.job()) && outcomes.get(u.job()) != u.state())
          .map(u -> u.job() + " " + (outcomes.get(u.job()) == null ? "was skipped" : "ended " + outcomes.get(u.job()))
              + ", not " + u.state())
          .findFirst();
      Firing firing = new Firing(UUID.randomUUID().toString(), job.name(), "WORKFLOW", "workflow " + workflow, null,
          clock.instant(), "STARTED", 0, null, null, null, null);
      if (blocked.isPresent()) {
        log.accept(job.name() + ": skipped (" + blocked.get() + ")");
        firings.save(firing.withAction("SKIPPED").ended(null, clock.instant(), blocked.get()));
        outcomes.put(job.name(), null);
        continue;
      }
      log.accept(job.name() + ": starting (workflow " + workflow + ")");
      supervisor.start(firing, job);
      List<RunSupervisor.Ended> ended = supervisor.tick();
      while (ended.isEmpty()) {
        sleeper.sleep(Duration.ofMillis(200));
        ended = supervisor.tick();
      }
      JobState state = ended.get(0).outcome().state();
      log.accept(job.name() + ": " + state + (ended.get(0).outcome().message() == null ? ""
          : " (" + ended.get(0).outcome().message() + ")"));
      outcomes.put(job.name(), state);
    }
    return outcomes;
  }
}
