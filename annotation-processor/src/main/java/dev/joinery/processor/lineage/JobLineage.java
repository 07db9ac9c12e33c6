package dev.joinery.processor.lineage;

import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.model.Step;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job's lineage from source tables to the tables it writes: each step's lineage composed along
 * the job graph, so every written column names the source columns it comes from and how.
 */
public final class JobLineage {
  private static final List<String> STRENGTH = List.of("IDENTITY", "TRANSFORMATION", "AGGREGATION");

  private final JobGraph graph;
  private final Map<Step, StepLineage> steps = new IdentityHashMap<>();

  public JobLineage(JobGraph graph, Map<Step, StepLineage> steps) {
    this.graph = graph;
    this.steps.putAll(steps);
  }

  public StepLineage step(Step step) {
    return steps.get(step);
  }

  /** Per output column of {@code sink}'s step, its dependencies on source table columns. */
  public Map<String, List<ColumnDep>> columns(Step sink) {
    Map<String, List<ColumnDep>> columns = new LinkedHashMap<>();
    steps.get(sink).fields().forEach((column, deps) -> {
      Set<ColumnDep> resolved = new LinkedHashSet<>();
      deps.forEach(d -> resolved.addAll(resolve(d)));
      columns.put(column, List.copyOf(resolved));
    });
    return columns;
  }

  /** Source table columns that decide which rows reach {@code sink}: every filter, join, grouping and sort upstream. */
  public List<ColumnDep> dataset(Step sink) {
    Set<ColumnDep> resolved = new LinkedHashSet<>();
    for (Step step : upstream(sink)) {
      for (ColumnDep d : steps.get(step).dataset()) {
        resolve(d).forEach(r -> resolved.add(new ColumnDep(r.dataset(), r.field(), "INDIRECT", d.subtype(), d.description())));
      }
    }
    return List.copyOf(resolved);
  }

  /** The step and every step it reads, directly or not, in job order. */
  private List<Step> upstream(Step sink) {
    Set<Step> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Step> pending = new ArrayList<>(List.of(sink));
    while (!pending.isEmpty()) {
      Step step = pending.remove(pending.size() - 1);
      if (seen.add(step)) {
        step.inputs().forEach(i -> graph.producer(i).ifPresent(p -> {
          if (p instanceof Producer.OfStep s) {
            pending.add(s.step());
          }
        }));
      }
    }
    return graph.order().stream().filter(seen::contains).toList();
  }

  /** A dependency on a step's column, followed back to source tables. */
  private List<ColumnDep> resolve(ColumnDep dep) {
    Step producer = graph.job().step(dep.dataset()).orElse(null);
    if (producer == null) {
      return List.of(dep); // a table
    }
    List<ColumnDep> resolved = new ArrayList<>();
    for (ColumnDep upstream : steps.get(producer).fields().getOrDefault(dep.field(), List.of())) {
      for (ColumnDep source : resolve(upstream)) {
        resolved.add(combine(dep, source));
      }
    }
    return resolved;
  }

  /** {@code outer} applied to a value that {@code inner} produced from a source column. */
  private static ColumnDep combine(ColumnDep outer, ColumnDep inner) {
    if (outer.type().equals("INDIRECT") || inner.type().equals("INDIRECT")) {
      ColumnDep indirect = outer.type().equals("INDIRECT") ? outer : inner;
      return new ColumnDep(inner.dataset(), inner.field(), "INDIRECT", indirect.subtype(), indirect.description());
    }
    ColumnDep stronger = STRENGTH.indexOf(outer.subtype()) >= STRENGTH.indexOf(inner.subtype()) ? outer : inner;
    return new ColumnDep(inner.dataset(), inner.field(), "DIRECT", stronger.subtype(), stronger.description());
  }
}
