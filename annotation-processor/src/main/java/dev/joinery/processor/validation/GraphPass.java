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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the shape of each job and of the build: no cycles, a sink per job, one writer per table, no dead steps. */
public final class GraphPass implements ValidationPass {

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    Map<TableModel, Step> writers = new HashMap<>();
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
    Step first = writers.putIfAbsent(table.get(), step);
    if (first != null) {
      diagnostics.error(Tag.TWO_WRITERS, "Table " + table.get().name() + " is already written by step '"
          + first.name() + "' of " + first.element().getEnclosingElement().getSimpleName()
          + "; each table has one writer, so its readers know which job to wait for. Write to another table.",
          step.element(), sink.annotation());
    }
  }
}
