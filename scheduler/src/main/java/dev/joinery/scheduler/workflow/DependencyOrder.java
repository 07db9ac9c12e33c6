package dev.joinery.scheduler.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jobs ordered so each comes after the jobs of the same set it depends on ({@link
 * JobRegistry#dependenciesOf}); among jobs free to go, by name, so the order is the same on every
 * machine. The build rejects circles, so every job finds its place.
 */
public final class DependencyOrder {
  private DependencyOrder() {}

  public static List<JobDefinition> of(JobRegistry registry, Collection<JobDefinition> jobs) {
    Set<String> names = new LinkedHashSet<>();
    jobs.forEach(j -> names.add(j.name()));
    List<JobDefinition> remaining = new ArrayList<>(jobs);
    remaining.sort(java.util.Comparator.comparing(JobDefinition::name));
    List<JobDefinition> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (!remaining.isEmpty()) {
      JobDefinition next = remaining.stream()
          .filter(j -> registry.dependenciesOf(j).stream()
              .allMatch(u -> !names.contains(u.job()) || placed.contains(u.job())))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("jobs depend on each other in a circle: " + remaining));
      remaining.remove(next);
      order.add(next);
      placed.add(next.name());
    }
    return order;
  }
}
