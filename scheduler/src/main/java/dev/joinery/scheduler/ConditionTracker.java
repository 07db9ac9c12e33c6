package dev.joinery.scheduler;

import dev.joinery.annotations.JobState;
import dev.joinery.annotations.Trigger;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.scheduler.workflow.JobDefinition;
import dev.joinery.scheduler.workflow.JobRegistry;
import dev.joinery.scheduler.workflow.JobRegistry.Upstream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Glue's conditional triggers: per waiting job, which of its conditions held since it was last
 * started. With {@code ANY} one condition starts it; with {@code ALL} the last one missing does,
 * and the job waits for all of them again. A restarted scheduler restores what held from the
 * catalog's firings.
 */
final class ConditionTracker {
  /** A job to start, and why. */
  record Start(JobDefinition job, String reason) {}

  private final JobRegistry registry;
  private final Map<String, Set<Upstream>> held = new HashMap<>();

  ConditionTracker(JobRegistry registry) {
    this.registry = registry;
  }

  /**
   * What a stopped scheduler knew: each condition of an {@code ALL} job that held since the job
   * last started (a job never started by the scheduler waits for fresh outcomes).
   */
  void restore(TriggerFirings firings) {
    for (JobDefinition waiting : registry.jobs()) {
      List<Upstream> conditions = registry.triggersOf(waiting);
      if (conditions.isEmpty() || waiting.triggers().logic() != Trigger.Logic.ALL) {
        continue;
      }
      firings.lastStarted(waiting.name()).ifPresent(since -> conditions.stream()
          .filter(u -> firings.lastEnded(u.job(), u.state().name()).map(t -> t.isAfter(since)).orElse(false))
          .forEach(held.computeIfAbsent(waiting.name(), k -> new LinkedHashSet<>())::add));
    }
  }

  /** The jobs a run of {@code job} ending in {@code state} starts. */
  List<Start> ended(String job, JobState state) {
    List<Start> starts = new ArrayList<>();
    for (JobDefinition waiting : registry.jobs()) {
      List<Upstream> conditions = registry.triggersOf(waiting);
      List<Upstream> met = conditions.stream().filter(u -> u.job().equals(job) && u.state() == state).toList();
      if (met.isEmpty()) {
        continue;
      }
      Set<Upstream> sinceLastStart = held.computeIfAbsent(waiting.name(), k -> new LinkedHashSet<>());
      sinceLastStart.addAll(met);
      if (waiting.triggers().logic() == Trigger.Logic.ANY) {
        starts.add(new Start(waiting, describe(met.get(0))));
        sinceLastStart.clear();
      } else if (sinceLastStart.containsAll(conditions)) {
        starts.add(new Start(waiting, (conditions.size() > 1 ? "all of " : "")
            + conditions.stream().map(ConditionTracker::describe).collect(Collectors.joining(", "))));
        sinceLastStart.clear();
      }
    }
    return starts;
  }

  private static String describe(Upstream u) {
    return u.job() + " " + u.state() + (u.derived() ? " (writes " + u.table() + ")" : "");
  }
}
