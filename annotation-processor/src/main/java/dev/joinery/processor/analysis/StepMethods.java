package dev.joinery.processor.analysis;

import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The job methods a declarative step names, which run inside it as Spark expressions: a join's
 * {@code where} condition, and an aggregate's computed value or {@code when} condition.
 */
public final class StepMethods {
  private StepMethods() {}

  public enum Role {
    JOIN_CONDITION("join condition"), AGGREGATED_VALUE("aggregated value"), AGGREGATE_CONDITION("aggregate condition");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether the method decides which rows count rather than computing a value. */
    public boolean isCondition() {
      return this != AGGREGATED_VALUE;
    }
  }

  /**
   * One method named by one step.
   *
   * @param inputs the records of the method's parameters, in order
   */
  public record Use(Step step, NameRef name, Role role, List<RecordModel> inputs) {}

  /**
   * Every method the job's steps name, for steps whose inputs are known records. An aggregate's
   * value names a method only where it is no component of the input.
   */
  public static List<Use> of(JobGraph graph) {
    List<Use> uses = new ArrayList<>();
    for (Step step : graph.job().steps()) {
      if (!graph.resolved(step)) {
        continue;
      }
      List<Optional<RecordModel>> inputs = step.inputs().stream().map(i -> graph.producer(i).flatMap(Producer::record)).toList();
      if (inputs.stream().anyMatch(Optional::isEmpty)) {
        continue;
      }
      List<RecordModel> records = inputs.stream().map(Optional::get).toList();
      if (step.spec() instanceof StepSpec.JoinSpec join && join.hasCondition() && records.size() == 2) {
        uses.add(new Use(step, join.where(), Role.JOIN_CONDITION, records));
      } else if (step.spec() instanceof StepSpec.AggregateSpec aggregate) {
        // A method several aggregates of the step name is one use: checked and translated once.
        java.util.Set<String> named = new java.util.HashSet<>();
        for (StepSpec.AggregateColumn column : aggregate.aggregates()) {
          if (!column.countsRows() && records.get(0).component(column.source().name()).isEmpty()
              && find(graph, column.source().name()).isPresent() && named.add(column.source().name())) {
            uses.add(new Use(step, column.source(), Role.AGGREGATED_VALUE, records));
          }
          if (!column.when().name().isEmpty() && named.add(column.when().name())) {
            uses.add(new Use(step, column.when(), Role.AGGREGATE_CONDITION, records));
          }
        }
      }
    }
    return uses;
  }

  /** The job's static method of that name; methods are found by name alone, so overloads are ambiguous. */
  public static Optional<ExecutableElement> find(JobGraph graph, String name) {
    return methods(graph.job().element()).stream().filter(m -> m.getSimpleName().contentEquals(name)).findFirst();
  }

  /** The job's static methods, in declaration order, to suggest names from. */
  public static List<ExecutableElement> methods(TypeElement job) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : job.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getModifiers().contains(Modifier.STATIC)) {
        methods.add((ExecutableElement) member);
      }
    }
    return methods;
  }
}
