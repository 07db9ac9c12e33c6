package dev.joinery.processor.analysis;

import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.RecordReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job's steps as a graph: what each input reads, which steps read each step, and an order in
 * which every step comes after its inputs. Step names are Java identifiers and table names
 * contain a dot, so a name never means both.
 */
public final class JobGraph {
  private final JobModel job;
  private final Catalog catalog;
  private final Map<InputRef, Producer> producers = new IdentityHashMap<>();
  private final Map<Step, Producer.OfStep> stepProducers = new IdentityHashMap<>();
  private final RecordReader records;

  public JobGraph(JobModel job, Catalog catalog, RecordReader records) {
    this.job = job;
    this.catalog = catalog;
    this.records = records;
    for (Step step : job.steps()) {
      stepProducers.put(step, new Producer.OfStep(step, records.read(step.outputType())));
    }
    for (Step step : job.steps()) {
      for (InputRef input : step.inputs()) {
        Optional<Producer> producer = job.step(input.name()).<Producer>map(stepProducers::get)
            .or(() -> catalog.byName(input.name()).map(Producer.OfTable::new));
        if (producer.isEmpty() && input.name().isEmpty()) {
          List<Step> candidates = producersOfType(step, input);
          producer = candidates.size() == 1 ? Optional.of(stepProducers.get(candidates.get(0))) : Optional.empty();
        }
        producer.ifPresent(p -> producers.put(input, p));
      }
    }
  }

  /**
   * For a parameter without {@code @From} whose record is no table's: the other steps that output
   * that record. The one there is, if there is one, is its input.
   */
  public List<Step> producersOfType(Step reader, InputRef input) {
    Optional<String> wanted = input.expectedType() == null ? Optional.empty()
        : records.read(input.expectedType()).map(r -> r.qualifiedName());
    List<Step> candidates = new ArrayList<>();
    for (Step step : job.steps()) {
      Optional<String> produced = stepProducers.get(step).record().map(r -> r.qualifiedName());
      if (step != reader && wanted.isPresent() && wanted.equals(produced)) {
        candidates.add(step);
      }
    }
    return candidates;
  }

  public JobModel job() {
    return job;
  }

  public Optional<Producer> producer(InputRef input) {
    return Optional.ofNullable(producers.get(input));
  }

  /** The step's own output as a producer, to look at its record. */
  public Producer.OfStep output(Step step) {
    return stepProducers.get(step);
  }

  /** The table a sink step writes: the catalog table of its output record (validated to exist before code generation). */
  public TableModel sinkTable(Step sink) {
    return catalog.byRecord(output(sink).record().orElseThrow().element()).orElseThrow();
  }

  /** Whether every input of the step resolved. */
  public boolean resolved(Step step) {
    return step.inputs().stream().allMatch(producers::containsKey);
  }

  /** Source tables in the order the job first reads them. */
  public List<TableModel> sources() {
    Set<TableModel> tables = new LinkedHashSet<>();
    for (Step step : order()) {
      for (InputRef input : step.inputs()) {
        if (producers.get(input) instanceof Producer.OfTable table) {
          tables.add(table.table());
        }
      }
    }
    return List.copyOf(tables);
  }

  /** Steps that read {@code step}. */
  public List<Step> readersOf(Step step) {
    List<Step> readers = new ArrayList<>();
    for (Step candidate : job.steps()) {
      if (candidate.inputs().stream().anyMatch(i -> producers.get(i) instanceof Producer.OfStep p && p.step() == step)) {
        readers.add(candidate);
      }
    }
    return readers;
  }

  /** Steps with every step input before them, declaration order kept where the inputs allow; steps on a cycle are left out. */
  public List<Step> order() {
    List<Step> ordered = new ArrayList<>();
    Set<Step> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Step step : job.steps()) {
        if (!placed.contains(step) && stepInputs(step).stream().allMatch(placed::contains)) {
          ordered.add(step);
          placed.add(step);
          progress = true;
          break; // restart so earlier-declared steps that just became ready come first
        }
      }
    }
    return ordered;
  }

  /**
   * One cycle of steps that read each other, or empty if there is none. It starts at its
   * earliest-declared step; each step reads the next, and the last reads the first.
   */
  public List<Step> cycle() {
    List<Step> ordered = order();
    for (Step start : job.steps()) {
      if (ordered.contains(start)) {
        continue;
      }
      // Walk inputs from a step that could not be ordered until a step repeats.
      List<Step> path = new ArrayList<>();
      Step current = start;
      while (current != null && !path.contains(current)) {
        path.add(current);
        current = stepInputs(current).stream().filter(s -> !ordered.contains(s)).findFirst().orElse(null);
      }
      if (current != null) {
        List<Step> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        Step earliest = job.steps().stream().filter(cycle::contains).findFirst().orElseThrow();
        java.util.Collections.rotate(cycle, -cycle.indexOf(earliest));
        return cycle;
      }
    }
    return List.of();
  }

  private List<Step> stepInputs(Step step) {
    List<Step> inputs = new ArrayList<>();
    for (InputRef input : step.inputs()) {
      if (producers.get(input) instanceof Producer.OfStep p) {
        inputs.add(p.step());
      }
    }
    return inputs;
  }
}
