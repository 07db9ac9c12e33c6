package dev.joinery.scheduler;

import dev.joinery.annotations.JobState;
import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import dev.joinery.scheduler.launch.RunLimits;
import dev.joinery.scheduler.trigger.JobTriggers;
import dev.joinery.scheduler.workflow.JobDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Job definitions for tests, built the way a descriptor would read. */
final class Jobs {
  private final String name;
  private String schedule = "";
  private String workflow = "";
  private Trigger.Logic logic = Trigger.Logic.ALL;
  private final List<JobTriggers.Condition> after = new ArrayList<>();
  private boolean afterWriters;
  private Duration poll = Duration.ofMinutes(1);
  private Trigger.CatchUp catchUp = Trigger.CatchUp.NONE;
  private RunLimits limits = RunLimits.DEFAULT;
  private final List<String> reads = new ArrayList<>();
  private final List<String> writes = new ArrayList<>();
  private final Map<String, Path> folders = new LinkedHashMap<>();

  private Jobs(String name) {
    this.name = name;
  }

  static Jobs job(String name) {
    return new Jobs(name);
  }

  Jobs cron(String schedule) {
    this.schedule = schedule;
    return this;
  }

  Jobs after(String job, JobState state) {
    after.add(new JobTriggers.Condition(job, state));
    return this;
  }

  Jobs any() {
    logic = Trigger.Logic.ANY;
    return this;
  }

  Jobs afterWriters() {
    afterWriters = true;
    return this;
  }

  Jobs catchUp(Trigger.CatchUp catchUp) {
    this.catchUp = catchUp;
    return this;
  }

  Jobs limits(int maxConcurrent, RunPolicy.WhenBusy whenBusy, Duration timeout, int retries) {
    this.limits = new RunLimits(maxConcurrent, whenBusy, timeout, retries, Map.of());
    return this;
  }

  Jobs reads(String table) {
    reads.add(table);
    return this;
  }

  Jobs writes(String table) {
    writes.add(table);
    return this;
  }

  Jobs newFiles(String table, Path folder, Duration poll) {
    folders.put(table, folder);
    this.poll = poll;
    return this;
  }

  Jobs workflow(String workflow) {
    this.workflow = workflow;
    return this;
  }

  JobDefinition build() {
    return new JobDefinition(name, "gen.Joinery" + name, new JobTriggers(name, schedule, workflow, logic, after,
        afterWriters, List.copyOf(folders.keySet()), poll, catchUp, limits), reads, writes, folders);
  }
}
