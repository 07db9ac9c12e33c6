package dev.joinery.processor.expression;

import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.StepSpec;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** Reads the body of every method step of a job: translated to an expression, or kept on the JVM and why. */
public final class StepTranslations {
  /**
   * The most nodes a translated body may have written out as a tree. Spark copies a shared
   * subexpression wherever it is used, so a local built from itself again and again (each level
   * doubling) would make a plan too large to analyse; such a body runs on the JVM instead.
   */
  static final long LARGEST_TREE = 20_000;

  private final Map<Step, Translation> byStep = new IdentityHashMap<>();

  public StepTranslations(JobGraph graph, BodyReader reader) {
    for (Step step : graph.order()) {
      method(step).ifPresent(method -> byStep.put(step, translate(step, method, graph, reader)));
    }
  }

  /** The translation of a method step; empty for declarative steps, which are Spark expressions already. */
  public Optional<Translation> of(Step step) {
    return Optional.ofNullable(byStep.get(step));
  }

  public boolean runsOnJvm(Step step) {
    return of(step).map(t -> t instanceof Translation.OnJvm).orElse(false);
  }

  private static Optional<ExecutableElement> method(Step step) {
    if (step.spec() instanceof StepSpec.Body body) {
      return Optional.of(body.method());
    }
    if (step.spec() instanceof StepSpec.JoinSpec join && join.method() != null) {
      return Optional.of(join.method());
    }
    return Optional.empty();
  }

  private static Translation translate(Step step, ExecutableElement method, JobGraph graph, BodyReader reader) {
    if (step.kind() == StepKind.FLAT_MAP) {
      return new Translation.OnJvm("flat map (a body that returns several rows)", Optional.empty());
    }
    List<RecordModel> inputs = step.inputs().stream()
        .map(i -> graph.producer(i).flatMap(Producer::record).orElseThrow())
        .toList();
    boolean[] absentable = new boolean[inputs.size()];
    if (step.spec() instanceof StepSpec.JoinSpec join) {
      absentable[0] = join.leftMayBeAbsent();
      absentable[1] = join.rightMayBeAbsent();
    }
    Translation translation = reader.read(method, inputs, absentable);
    if (translation instanceof Translation.Translated t) {
      Expr e = t.expression();
      boolean fits = step.kind() == StepKind.FILTER
          ? e.type().kind() == Kind.BOOLEAN
          : e instanceof Expr.NewRecord || e instanceof Expr.WholeInput;
      if (!fits) {
        return new Translation.OnJvm("a result that is not " + (step.kind() == StepKind.FILTER
            ? "a boolean expression" : "a record built with new or an input row"), Optional.empty());
      }
      if (ExprGraph.treeSize(e, LARGEST_TREE + 1) > LARGEST_TREE) {
        return new Translation.OnJvm("size: written out as Spark needs it, with each use of a local repeated, it has"
            + " more than " + LARGEST_TREE + " operations", Optional.empty());
      }
    }
    return translation;
  }
}
