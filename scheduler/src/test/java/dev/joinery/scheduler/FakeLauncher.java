package dev.joinery.scheduler;

import dev.joinery.annotations.JobState;
import dev.joinery.scheduler.launch.LaunchedRun;
import dev.joinery.scheduler.launch.RunLauncher;
import dev.joinery.scheduler.launch.RunOutcome;
import dev.joinery.scheduler.launch.RunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs that run until the test ends them, as a child JVM would: a stopped one exits on its own, failed. */
final class FakeLauncher implements RunLauncher {
  final List<Run> launched = new ArrayList<>();
  /** What each run does as it starts; nothing by default (it runs until the test ends it). */
  java.util.function.Consumer<Run> onLaunch = run -> {};

  final class Run implements LaunchedRun {
    final RunRequest request;
    final String runId;
    RunOutcome outcome;
    boolean stopAsked;

    Run(RunRequest request) {
      this.request = request;
      this.runId = "run-" + launched.size();
    }

    void succeed() {
      outcome = RunOutcome.succeeded(runId);
    }

    void fail() {
      outcome = RunOutcome.failed(runId, "the step threw");
    }

    void failOnBadData() {
      outcome = new RunOutcome(JobState.FAILED, runId, "Table raw.t, file a.csv, line 3: bad", false);
    }

    boolean running() {
      return outcome == null;
    }

    @Override
    public Optional<RunOutcome> poll() {
      return Optional.ofNullable(outcome);
    }

    @Override
    public void stop() {
      stopAsked = true;
      outcome = RunOutcome.failed(runId, "exit code 143");
    }

    @Override
    public void kill() {
      outcome = RunOutcome.failed(runId, "exit code 137");
    }
  }

  @Override
  public LaunchedRun launch(RunRequest request) {
    Run run = new Run(request);
    launched.add(run);
    onLaunch.accept(run);
    return run;
  }

  List<Run> of(String job) {
    return launched.stream().filter(r -> r.request.job().equals(job)).toList();
  }

  Run last(String job) {
    List<Run> runs = of(job);
    return runs.get(runs.size() - 1);
  }
}
