package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.JobGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a circle among jobs, where each link of type {@code L} says why one job leads to the next
 * (a table one job writes and the next reads, a trigger).
 */
final class JobCycleSearch<L> {
  private final Map<JobGraph, List<Map.Entry<L, JobGraph>>> readers;
  private final Set<JobGraph> finished = new HashSet<>();
  private final List<JobGraph> path = new ArrayList<>();
  private final List<Map.Entry<L, JobGraph>> links = new ArrayList<>();

  /** @param readers per job, each link to another job, with that job */
  JobCycleSearch(Map<JobGraph, List<Map.Entry<L, JobGraph>>> readers) {
    this.readers = readers;
  }

  /** The links of the first circle found starting from {@code jobs} in order, each ending at a job; empty if none. */
  List<Map.Entry<L, JobGraph>> find(List<JobGraph> jobs) {
    for (JobGraph job : jobs) {
      List<Map.Entry<L, JobGraph>> cycle = visit(job);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    return List.of();
  }

  private List<Map.Entry<L, JobGraph>> visit(JobGraph job) {
    if (finished.contains(job)) {
      return List.of();
    }
    path.add(job);
    for (Map.Entry<L, JobGraph> link : readers.getOrDefault(job, List.of())) {
      links.add(link);
      int start = path.indexOf(link.getValue());
      if (start >= 0) {
        return List.copyOf(links.subList(start, links.size()));
      }
      List<Map.Entry<L, JobGraph>> cycle = visit(link.getValue());
      if (!cycle.isEmpty()) {
        return cycle;
      }
      links.remove(links.size() - 1);
    }
    path.remove(path.size() - 1);
    finished.add(job);
    return List.of();
  }
}
