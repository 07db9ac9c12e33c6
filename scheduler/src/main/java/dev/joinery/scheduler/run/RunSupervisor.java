package dev.joinery.scheduler.run;

import dev.joinery.annotations.JobState;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.catalog.TriggerFirings.Firing;
import dev.joinery.scheduler.clock.Durations;
import dev.joinery.scheduler.launch.LaunchedRun;
import dev.joinery.scheduler.launch.RunLauncher;
import dev.joinery.scheduler.launch.RunLimits;
import dev.joinery.scheduler.launch.RunOutcome;
import dev.joinery.scheduler.launch.RunRequest;
import dev.joinery.scheduler.workflow.JobDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Watches the runs the scheduler started, as Glue does its job runs: each attempt gets the job's
 * timeout (then it is stopped and ends TIMEOUT), a failed attempt is started again up to the job's
 * retries (not a timeout, a stop, or what the launcher says trying again would not change), and
 * every step is saved to the firing in the catalog. Single-threaded: the scheduler calls
 * {@link #tick} from its loop.
 */
public final class RunSupervisor {
  /** A run that was asked to stop and still runs this long later is killed. */
  static final Duration KILL_AFTER = Duration.ofSeconds(30);

  /** A firing whose run ended, and how. */
  public record Ended(Firing firing, JobDefinition job, RunOutcome outcome) {}

  private final RunLauncher launcher;
  private final TriggerFirings firings;
  private final Clock clock;
  private final List<Active> active = new ArrayList<>();
  /** Set by {@link #stopAll}: a run that fails now is not tried again. */
  private boolean stopping;

  private static final class Active {
    final JobDefinition job;
    Firing firing;
    int attempt;
    LaunchedRun run;
    Instant attemptStarted;
    Instant stopAsked;
    JobState stoppedAs;

    Active(JobDefinition job, Firing firing) {
      this.job = job;
      this.firing = firing;
    }
  }

  public RunSupervisor(RunLauncher launcher, TriggerFirings firings, Clock clock) {
    this.launcher = launcher;
    this.firings = firings;
    this.clock = clock;
  }

  /** Starts the firing's first attempt and records it as started. */
  public void start(Firing firing, JobDefinition job) {
    Active run = new Active(job, firing.withAction("STARTED"));
    launch(run, 1, null);
    active.add(run);
  }

  private void launch(Active run, int attempt, String previousRunId) {
    RunLimits limits = run.job.triggers().limits();
    run.attempt = attempt;
    run.attemptStarted = clock.instant();
    run.firing = run.firing.withAttempt(attempt, previousRunId);
    firings.save(run.firing);
    try {
      run.run = launcher.launch(new RunRequest(run.job.name(), run.firing.firingId(), attempt, limits.timeout(),
          limits.properties()));
    } catch (RuntimeException e) {
      // No JVM could start (no memory, no java): the attempt failed, and the next tick says so like any other end.
      RunOutcome failed = new RunOutcome(JobState.FAILED, null, "could not start: " + e.getMessage(), false);
      run.run = new LaunchedRun() {
        @Override
        public Optional<RunOutcome> poll() {
          return Optional.of(failed);
        }

        @Override
        public void stop() {}

        @Override
        public void kill() {}
      };
    }
  }

  /** Runs of {@code job} started and not ended. */
  public int running(String job) {
    return (int) active.stream().filter(a -> a.job.name().equals(job)).count();
  }

  public boolean idle() {
    return active.isEmpty();
  }

  /** Polls every run: stops those past their timeout, retries failed attempts, and returns the runs that ended. */
  public List<Ended> tick() {
    List<Ended> ended = new ArrayList<>();
    for (Active run : List.copyOf(active)) {
      Instant now = clock.instant();
      Optional<RunOutcome> polled = run.run.poll();
      if (polled.isEmpty()) {
        Duration timeout = run.job.triggers().limits().timeout();
        if (run.stoppedAs == null && timeout != null && !now.isBefore(run.attemptStarted.plus(timeout))) {
          stop(run, JobState.TIMEOUT, now);
        } else if (run.stopAsked != null && !now.isBefore(run.stopAsked.plus(KILL_AFTER))) {
          run.run.kill();
        }
        continue;
      }
      RunOutcome outcome = polled.get();
      if (run.stoppedAs != null && outcome.state() != JobState.SUCCEEDED) {
        // A run that committed before it was told to stop keeps its success.
        outcome = new RunOutcome(run.stoppedAs, outcome.runId(), run.stoppedAs == JobState.TIMEOUT
            ? "ran longer than its timeout of " + Durations.format(run.job.triggers().limits().timeout())
                + "; it was stopped and committed nothing"
            : "the scheduler stopped; the run was cancelled and committed nothing", false);
      }
      if (outcome.state() == JobState.FAILED && outcome.retryable() && !stopping
          && run.attempt <= run.job.triggers().limits().retries()) {
        launch(run, run.attempt + 1, outcome.runId());
        continue;
      }
      active.remove(run);
      run.firing = run.firing.withAttempt(run.attempt, outcome.runId())
          .ended(outcome.state().name(), now, outcome.message());
      firings.save(run.firing);
      ended.add(new Ended(run.firing, run.job, outcome));
    }
    return ended;
  }

  /** Asks every run to stop; each ends STOPPED (unless it had committed already) on a later {@link #tick}. */
  public void stopAll() {
    stopping = true;
    Instant now = clock.instant();
    active.stream().filter(run -> run.stoppedAs == null).forEach(run -> stop(run, JobState.STOPPED, now));
  }

  /** Kills the runs that are still running. */
  public void killAll() {
    active.forEach(run -> run.run.kill());
  }

  private static void stop(Active run, JobState as, Instant now) {
    run.stoppedAs = as;
    run.stopAsked = now;
    run.run.stop();
  }
}
