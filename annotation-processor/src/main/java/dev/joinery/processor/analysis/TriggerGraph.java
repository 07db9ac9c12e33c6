package dev.joinery.processor.analysis;

import dev.joinery.annotations.JobState;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.model.TriggerModel;
import dev.joinery.processor.reading.TriggerReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which jobs start which, as a build declares it: each {@code @After} condition naming a job of
 * the build, and for jobs with {@code @Trigger(afterWriters = true)} the jobs that write the tables
 * they read (from the same model lineage comes from), each succeeded.
 */
public final class TriggerGraph {
  /**
   * A job another one waits for.
   *
   * @param condition the {@code @After} it comes from, or null when derived from what the job reads
   * @param table for a derived one, the table {@code job} writes and the waiting job reads
   */
  public record Upstream(JobGraph job, JobState state, TriggerModel.Condition condition, TableModel table) {
    public boolean derived() {
      return condition == null;
    }
  }

  private final Map<JobModel, TriggerModel> triggers = new java.util.IdentityHashMap<>();
  private final Map<String, JobGraph> byName = new LinkedHashMap<>();
  private final Map<TableModel, JobGraph> writers = new LinkedHashMap<>();

  public TriggerGraph(Build build, TriggerReader reader) {
    Catalog catalog = build.catalog();
    for (JobGraph graph : build.jobs()) {
      triggers.put(graph.job(), reader.read(graph.job().element()));
      byName.putIfAbsent(graph.job().name(), graph);
      for (Step step : graph.job().steps()) {
        if (step.sink().isPresent() && graph.output(step) != null) {
          graph.output(step).record().flatMap(r -> catalog.byRecord(r.element()))
              .ifPresent(table -> writers.putIfAbsent(table, graph));
        }
      }
    }
  }

  public TriggerModel triggers(JobGraph job) {
    return triggers.get(job.job());
  }

  public Optional<JobGraph> job(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<String> jobNames() {
    return List.copyOf(byName.keySet());
  }

  /** The job of the build that writes {@code table}, if any. */
  public Optional<JobGraph> writerOf(TableModel table) {
    return Optional.ofNullable(writers.get(table));
  }

  /** The jobs {@code job} waits for, declared ones first; conditions naming no job of the build are left out. */
  public List<Upstream> upstreamOf(JobGraph job) {
    TriggerModel model = triggers(job);
    List<Upstream> upstream = new ArrayList<>();
    for (TriggerModel.Condition condition : model.after()) {
      job(condition.job()).ifPresent(u -> upstream.add(new Upstream(u, condition.state(), condition, null)));
    }
    if (model.afterWriters()) {
      for (TableModel table : readTables(job)) {
        writerOf(table).filter(w -> w != job)
            .ifPresent(w -> upstream.add(new Upstream(w, JobState.SUCCEEDED, null, table)));
      }
    }
    return upstream;
  }

  /** Source tables of the job's resolved inputs (a broken job's unresolved ones are reported elsewhere). */
  private static List<TableModel> readTables(JobGraph job) {
    List<TableModel> tables = new ArrayList<>();
    for (Step step : job.job().steps()) {
      step.inputs().forEach(input -> job.producer(input).ifPresent(p -> {
        if (p instanceof Producer.OfTable t && !tables.contains(t.table())) {
          tables.add(t.table());
        }
      }));
    }
    return tables;
  }
}
