package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.analysis.StepMethods;
import dev.joinery.processor.analysis.StepMethods.Role;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.RecordModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * Checks the job methods that declarative steps name ({@code @Join(where)}, {@code @Sum(when)},
 * an aggregated method): each exists once, is static, takes the step's input rows and returns
 * what its role needs. Whether its body translates is decided with the bodies, later.
 */
public final class StepMethodPass implements ValidationPass {
  private final Types types;

  public StepMethodPass(Types types) {
    this.types = types;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      for (StepMethods.Use use : StepMethods.of(graph)) {
        check(graph, use, diagnostics);
      }
    }
  }

  private void check(JobGraph graph, StepMethods.Use use, Diagnostics diagnostics) {
    String name = use.name().name();
    String job = graph.job().element().getSimpleName().toString();
    String what = "The " + use.role().label() + " '" + name + "' of step '" + use.step().name() + "'";
    String signature = "static " + (use.role().isCondition() ? "boolean" : "<value type>") + " " + name + "("
        + use.inputs().stream().map(RecordModel::simpleName).collect(Collectors.joining(", ")) + ")";
    List<ExecutableElement> named = StepMethods.methods(graph.job().element()).stream()
        .filter(m -> m.getSimpleName().contentEquals(name)).toList();
    if (named.isEmpty()) {
      diagnostics.error(Tag.STEP_METHOD, what + " is no static method of " + job + "; declare " + signature + "."
          + NameSuggestions.didYouMean(name, StepMethods.methods(graph.job().element()).stream()
              .map(m -> m.getSimpleName().toString()).toList()), use.name());
      return;
    }
    if (named.size() > 1) {
      diagnostics.error(Tag.STEP_METHOD, what + " names " + named.size() + " methods of " + job
          + "; steps find methods by name, so keep one method " + name + ".", use.name());
      return;
    }
    ExecutableElement method = named.get(0);
    boolean parametersFit = method.getParameters().size() == use.inputs().size();
    for (int i = 0; parametersFit && i < use.inputs().size(); i++) {
      parametersFit = types.isSameType(method.getParameters().get(i).asType(), use.inputs().get(i).element().asType());
    }
    if (!parametersFit) {
      diagnostics.error(Tag.STEP_METHOD, what + " must take the step's input " + (use.inputs().size() == 2
          ? "rows, left then right" : "row") + ": declare it " + signature + ".", method);
    } else if (use.role().isCondition() && method.getReturnType().getKind() != TypeKind.BOOLEAN) {
      diagnostics.error(Tag.STEP_METHOD, what + " returns " + TypeNames.of(method.getReturnType())
          + "; a condition returns boolean: " + signature + ".", method);
    } else if (!use.role().isCondition() && method.getReturnType().getKind() == TypeKind.VOID) {
      diagnostics.error(Tag.STEP_METHOD, what + " returns nothing; it returns the value to aggregate.", method);
    }
  }
}
