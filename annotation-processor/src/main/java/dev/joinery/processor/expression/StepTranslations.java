package dev.joinery.processor.expression;

import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.analysis.StepMethods;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
  private final Map<Step, Map<String, Expr>> namedByStep = new IdentityHashMap<>();
  private final List<Untranslated> untranslated = new ArrayList<>();

  /** A method a declarative step names whose body is outside the subset: an error, since it has no JVM form. */
  public record Untranslated(StepMethods.Use use, ExecutableElement method, Translation.OnJvm why) {}

  public StepTranslations(JobGraph graph, BodyReader reader) {
    for (Step step : graph.order()) {
      method(step).ifPresent(method -> byStep.put(step, translate(step, method, graph, reader)));
    }
    for (StepMethods.Use use : StepMethods.of(graph)) {
      ExecutableElement method = StepMethods.find(graph, use.name().name()).orElseThrow();
      Translation translation = reader.read(method, use.inputs(), new boolean[use.inputs().size()]);
      Translation.OnJvm why;
      if (translation instanceof Translation.Translated t) {
        Expr e = t.expression();
        boolean fits = use.role().isCondition() ? e.type().kind() == Kind.BOOLEAN
            : e.type().kind() != Kind.STRUCT && e.type().kind() != Kind.ARRAY && e.type().kind() != Kind.MAP;
        if (fits && ExprGraph.treeSize(e, LARGEST_TREE + 1) <= LARGEST_TREE) {
          namedByStep.computeIfAbsent(use.step(), s -> new LinkedHashMap<>()).put(use.name().name(), e);
          continue;
        }
        why = new Translation.OnJvm(fits ? "size (more than " + LARGEST_TREE + " operations written out)"
            : "result, which is not " + (use.role().isCondition() ? "a boolean" : "a single value"), Optional.empty());
      } else {
        why = (Translation.OnJvm) translation;
      }
      untranslated.add(new Untranslated(use, method, why));
    }
  }

  /** The translated body of a job method the step names (a join condition, an aggregated value or condition). */
  public Optional<Expr> named(Step step, String method) {
    return Optional.ofNullable(namedByStep.getOrDefault(step, Map.of()).get(method));
  }

  public List<Untranslated> untranslated() {
    return untranslated;
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
