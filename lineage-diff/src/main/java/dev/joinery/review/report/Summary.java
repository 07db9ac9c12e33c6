package dev.joinery.review.report;

import dev.joinery.review.compare.Change;
import dev.joinery.review.compare.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** Counts per class of change, and every table the changes reach downstream. */
public record Summary(Map<Severity, Integer> counts, SortedSet<String> downstreamTables) {

  public static Summary of(List<Change> changes) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    SortedSet<String> tables = new TreeSet<>();
    for (Change change : changes) {
      counts.merge(change.severity(), 1, Integer::sum);
      tables.addAll(change.impact().allTables());
    }
    return new Summary(counts, tables);
  }

  public int count(Severity severity) {
    return counts.get(severity);
  }
}
