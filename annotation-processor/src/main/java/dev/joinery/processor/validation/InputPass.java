package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.InputRef;
import dev.joinery.annotations.JoinType;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Checks that every input names a step or table, and that what it produces is what the step takes. */
public final class InputPass implements ValidationPass {
  private final Types types;

  public InputPass(Types types) {
    this.types = types;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      List<String> candidates = new ArrayList<>();
      graph.job().steps().forEach(s -> candidates.add(s.name()));
      build.catalog().tables().forEach(t -> candidates.add(t.name()));
      for (Step step : graph.job().steps()) {
        for (InputRef input : step.inputs()) {
          Optional<Producer> producer = graph.producer(input);
          if (producer.isEmpty()) {
            reportUnknown(graph, step, input, candidates, diagnostics);
          } else {
            checkType(step, input, producer.get(), graph, diagnostics);
          }
        }
      }
    }
  }

  private void reportUnknown(JobGraph graph, Step step, InputRef input, List<String> candidates, Diagnostics diagnostics) {
    boolean parameter = input.ref().element().getKind() == ElementKind.PARAMETER;
    if (input.name().isEmpty()) {
      if (parameter) {
        List<String> producing = graph.producersOfType(step, input).stream().map(Step::name).toList();
        diagnostics.error(Tag.UNKNOWN_INPUT, "Parameter '" + input.ref().element().getSimpleName() + "' of step '"
            + step.name() + "' has no @From, and its type " + TypeNames.of(input.expectedType())
            + (producing.isEmpty() ? " is neither a @Table record nor the output of another step"
                : " is the output of " + producing.size() + " steps (" + String.join(", ", producing) + ")")
            + "; name its input with @From(\"step\") or @From(\"database.table\").", input.ref().element());
      }
      return; // an empty field-step input is a declaration error, reported there
    }
    List<String> others = candidates.stream().filter(c -> !c.equals(step.name())).toList();
    diagnostics.error(Tag.UNKNOWN_INPUT, "Step '" + step.name() + "' reads '" + input.name()
        + "', which is neither a step of job " + graph.job().name() + " nor a catalog table."
        + NameSuggestions.didYouMean(input.name(), others)
        + (NameSuggestions.closest(input.name(), others).isEmpty() ? " Known inputs: " + others + "." : ""),
        input.ref());
  }

  private void checkType(Step step, InputRef input, Producer producer, JobGraph graph, Diagnostics diagnostics) {
    TypeMirror produced = producer.outputType();
    TypeMirror expected = expectedType(step, input, graph);
    if (produced == null || expected == null || types.isSameType(types.erasure(produced), types.erasure(expected))) {
      return;
    }
    String source = producer instanceof Producer.OfTable t ? "table " + t.name() : "step '" + producer.name() + "'";
    if (input.expectedType() != null) {
      diagnostics.error(Tag.TYPE_MISMATCH, "Parameter '" + input.ref().element().getSimpleName() + "' of step '"
          + step.name() + "' is " + TypeNames.of(expected) + ", but its input " + source + " produces "
          + TypeNames.of(produced) + ". Declare the parameter as " + TypeNames.of(produced)
          + " or read an input that produces " + TypeNames.of(expected) + ".", input.ref().element());
    } else {
      diagnostics.error(Tag.TYPE_MISMATCH, "Step '" + step.name() + "' (@" + step.kind().annotation() + ") outputs "
          + TypeNames.of(expected) + " rows as they come in, but its input " + source + " produces "
          + TypeNames.of(produced) + ". Declare the field as " + TypeNames.of(produced)
          + ", or use @Select to change the record.", input.ref());
    }
  }

  /** The record type a step needs from an input, or null when any record will do. */
  private static TypeMirror expectedType(Step step, InputRef input, JobGraph graph) {
    if (input.expectedType() != null) {
      return input.expectedType();
    }
    switch (step.kind()) {
      case UNION: case DROP_NULLS: case DEDUPLICATE: case SORT:
        return step.outputType();
      case JOIN:
        // Semi and anti joins pass left rows through; the right side may be anything. A field join
        // of another type takes its output's components from both sides, by name.
        JoinType type = ((StepSpec.JoinSpec) step.spec()).type();
        boolean passesLeftRows = type == JoinType.SEMI || type == JoinType.ANTI;
        return passesLeftRows && input == step.inputs().get(0) ? step.outputType() : null;
      default:
        return null;
    }
  }
}
