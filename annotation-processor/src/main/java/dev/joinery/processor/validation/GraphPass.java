package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Sink;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import dev.joinery.annotations.WriteMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the shape of each job and of the build: no cycles among steps or among jobs, a sink per
 * job, one writer per table, no job overwriting what it reads, no dead steps.
 */
public final class GraphPass implements ValidationPass {

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    Map<TableModel, Step> writers = new LinkedHashMap<>();
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      List<Step> cycle = graph.cycle();
      if (!cycle.isEmpty()) {
        List<String> reads = new java.util.ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
          reads.add(cycle.get(i).name() + " reads " + cycle.get((i + 1) % cycle.size()).name());
        }
        diagnostics.error(Tag.CYCLE, "Steps of job " + job.name() + " read each other in a cycle: "
            + String.join(", ", reads) + ". A job's steps must form a pipeline; have one of them read an"
            + " earlier step or a table.",
            cycle.get(0).element());
      }
      if (job.steps().stream().noneMatch(s -> s.sink().isPresent())) {
        diagnostics.error(Tag.NO_SINK, "Job " + job.name() + " has no @Sink, so it would compute its steps and"
            + " discard them; annotate the step whose output is the job's result with @Sink.", job.element(),
            job.annotation());
      }
      for (Step step : job.steps()) {
        if (step.sink().isPresent()) {
          checkSink(step, step.sink().get(), graph, build.catalog(), writers, diagnostics);
        } else if (graph.readersOf(step).isEmpty()) {
          diagnostics.warning(Tag.UNUSED_STEP, "Step '" + step.name() + "' of job " + job.name() + " is read by no"
              + " step and has no @Sink, so it never runs; read it, add @Sink, or delete it.", step.element());
        }
      }
    }
    checkJobCycle(build.jobs(), writers, diagnostics);
  }

  /**
   * Jobs that read each other's tables in a circle: none can run first with its inputs complete,
   * and a workflow would wait forever. Reported once, on the job of the circle first by name.
   */
  private static void checkJobCycle(List<JobGraph> jobs, Map<TableModel, Step> writers, Diagnostics diagnostics) {
    Map<JobModel, JobGraph> byJob = new HashMap<>();
    jobs.forEach(g -> byJob.put(g.job(), g));
    Map<JobGraph, List<Map.Entry<TableModel, JobGraph>>> readers = new LinkedHashMap<>();
    List<JobGraph> byName = jobs.stream().sorted(Comparator.comparing(g -> g.job().name())).toList();
    for (JobGraph reader : byName) {
      for (TableModel table : reader.sources()) {
        Step writer = writers.get(table);
        JobGraph writerJob = writer == null ? null : jobOf(writer, byJob);
        if (writerJob != null && writerJob != reader) {
          readers.computeIfAbsent(writerJob, k -> new ArrayList<>()).add(Map.entry(table, reader));
        }
      }
    }
    List<Map.Entry<TableModel, JobGraph>> cycle = new JobCycleSearch<>(readers).find(byName);
    if (cycle.isEmpty()) {
      return;
    }
    List<String> links = new ArrayList<>();
    for (int i = 0; i < cycle.size(); i++) {
      JobGraph from = cycle.get((i + cycle.size() - 1) % cycle.size()).getValue();
      links.add(from.job().name() + " writes " + cycle.get(i).getKey().name() + ", which "
          + cycle.get(i).getValue().job().name() + " reads");
    }
    JobModel first = cycle.stream().map(e -> e.getValue().job()).min(Comparator.comparing(JobModel::name)).orElseThrow();
    diagnostics.error(Tag.CYCLE, "Jobs read each other's tables in a cycle: " + String.join("; ", links)
        + ". None of them can run with its inputs complete; have one of them read a table no job of the cycle"
        + " writes.", first.element(), first.annotation());
  }

  private static JobGraph jobOf(Step step, Map<JobModel, JobGraph> byJob) {
    return byJob.values().stream().filter(g -> g.job().steps().contains(step)).findFirst().orElse(null);
  }

  private void checkSink(Step step, Sink sink, JobGraph graph, Catalog catalog, Map<TableModel, Step> writers,
      Diagnostics diagnostics) {
    Optional<RecordModel> output = graph.output(step).record();
    if (output.isEmpty()) {
      return; // not a record: the declaration pass says so
    }
    Optional<TableModel> table = catalog.byRecord(output.get().element());
    if (table.isEmpty()) {
      diagnostics.error(Tag.SINK_NOT_TABLE, "Step '" + step.name() + "' has @Sink, but its output "
          + output.get().simpleName() + " is not a @Table record, so there is no table to write. Annotate "
          + output.get().simpleName() + " with @Table, or add a @Select step to a table's record.",
          step.element(), sink.annotation());
      return;
    }
    if (sink.mode() == WriteMode.OVERWRITE && graph.sources().contains(table.get())) {
      diagnostics.error(Tag.OVERWRITES_SOURCE, "Step '" + step.name() + "' of job " + graph.job().name()
          + " overwrites table " + table.get().name() + ", which the job also reads: each run would start from"
          + " what the last one wrote, so a re-run cannot give the same result, and the rows the job read are"
          + " gone. Write to another table, or use @Sink(mode = WriteMode.APPEND) if the job adds to "
          + table.get().name() + ".", step.element(), sink.annotation());
    }
    Step first = writers.putIfAbsent(table.get(), step);
    if (first != null) {
      diagnostics.error(Tag.TWO_WRITERS, "Table " + table.get().name() + " is already written by step '"
          + first.name() + "' of " + first.element().getEnclosingElement().getSimpleName()
          + "; each table has one writer, so its readers know which job to wait for. Write to another table.",
          step.element(), sink.annotation());
    }
  }
}
