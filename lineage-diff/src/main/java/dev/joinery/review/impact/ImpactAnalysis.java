package dev.joinery.review.impact;

import dev.joinery.review.snapshot.Snapshot;
import dev.joinery.review.snapshot.Snapshot.Dep;
import dev.joinery.review.snapshot.Snapshot.Job;
import dev.joinery.review.snapshot.Snapshot.Lineage;
import dev.joinery.review.snapshot.Snapshot.Step;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows a change downstream through one build's column lineage, across jobs: a column's new
 * values reach the columns computed from it, and the rows of every table it filters, joins or
 * groups; a table's new rows reach every table written from it.
 */
public final class ImpactAnalysis {
  private final Snapshot snapshot;

  public ImpactAnalysis(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** Downstream of new values in {@code table.column}. */
  public Impact ofColumn(String table, String column) {
    Walk walk = new Walk();
    walk.values(table, column);
    return walk.impact(Set.of(table + "." + column));
  }

  /** Downstream of new rows in {@code table}, the table itself excluded. */
  public Impact ofRows(String table) {
    Walk walk = new Walk();
    walk.readersOf(table);
    return walk.impact(Set.of());
  }

  /**
   * Downstream of a change to a step: to which rows it passes when {@code rows}, otherwise to the
   * values of its output {@code fields} (all of them when null).
   */
  public Impact ofStep(String jobName, String stepName, boolean rows, Collection<String> fields) {
    Job job = snapshot.jobs().get(jobName);
    Walk walk = new Walk();
    Map<String, Set<String>> changedFields = new HashMap<>();
    Set<String> changedRows = new HashSet<>();
    boolean after = false;
    for (Step step : job.steps()) {
      if (step.name().equals(stepName)) {
        after = true;
        if (rows) {
          changedRows.add(step.name());
        } else {
          changedFields.put(step.name(), new HashSet<>(fields == null ? step.fields().keySet() : fields));
        }
      } else if (after) {
        if (step.inputs().stream().anyMatch(changedRows::contains) || readsAny(rowDeps(step.dataset()), changedFields)) {
          changedRows.add(step.name());
        } else {
          step.fields().forEach((field, deps) -> {
            if (readsAny(deps, changedFields)) {
              changedFields.computeIfAbsent(step.name(), k -> new HashSet<>()).add(field);
            }
          });
        }
      }
      if (step.sink() != null) {
        if (changedRows.contains(step.name())) {
          walk.rows(step.sink());
        } else {
          changedFields.getOrDefault(step.name(), Set.of()).forEach(f -> walk.values(step.sink(), f));
        }
      }
    }
    return walk.impact(Set.of());
  }

  /** The dependencies that decide which rows flow; a sort key only decides their order. */
  private static List<Dep> rowDeps(List<Dep> dataset) {
    return dataset.stream().filter(d -> !"SORT".equals(d.subtype())).toList();
  }

  private static boolean readsAny(List<Dep> deps, Map<String, Set<String>> fields) {
    return deps.stream().anyMatch(d -> fields.getOrDefault(d.dataset(), Set.of()).contains(d.field()));
  }

  /** One traversal, remembering what it reached. */
  private final class Walk {
    private final Set<String> rows = new TreeSet<>();
    private final Set<String> values = new TreeSet<>();

    void values(String table, String column) {
      if (!values.add(table + "." + column)) {
        return;
      }
      for (Job job : snapshot.jobs().values()) {
        if (!job.inputs().contains(table)) {
          continue;
        }
        for (Map.Entry<String, Lineage> output : job.outputs().entrySet()) {
          output.getValue().fields().forEach((field, deps) -> {
            if (reads(deps, table, column)) {
              values(output.getKey(), field);
            }
          });
          if (reads(rowDeps(output.getValue().dataset()), table, column)) {
            rows(output.getKey());
          }
        }
      }
    }

    void rows(String table) {
      if (rows.add(table)) {
        readersOf(table);
      }
    }

    void readersOf(String table) {
      for (Job job : snapshot.jobs().values()) {
        if (job.inputs().contains(table)) {
          job.outputs().keySet().forEach(this::rows);
        }
      }
    }

    Impact impact(Set<String> exclude) {
      return Impact.of(rows, values.stream().filter(c -> !exclude.contains(c)).toList());
    }

    private boolean reads(List<Dep> deps, String table, String column) {
      return deps.stream().anyMatch(d -> d.dataset().equals(table) && d.field().equals(column));
    }
  }
}
