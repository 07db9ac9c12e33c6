package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.FlattenedColumns;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.Fill;
import dev.joinery.processor.model.StepSpec.Statistic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks Glue's typed transforms, {@code @FillMissing}, {@code @Unbox} and {@code @Relationalize},
 * against the records that flow in and out of them.
 */
public final class GlueTransformPass implements ValidationPass {

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      for (Step step : graph.job().steps()) {
        if (!graph.resolved(step)) {
          continue;
        }
        Optional<RecordModel> in = graph.producer(step.inputs().get(0)).flatMap(Producer::record);
        Optional<RecordModel> out = graph.output(step).record();
        if (in.isEmpty() || out.isEmpty()) {
          continue; // not records: reported by the declaration pass
        }
        if (step.spec() instanceof StepSpec.FillSpec fill) {
          checkFill(step, fill, in.get(), out.get(), diagnostics);
        } else if (step.spec() instanceof StepSpec.UnboxSpec unbox) {
          checkUnbox(step, unbox, in.get(), out.get(), diagnostics);
        } else if (step.spec() instanceof StepSpec.RelationalizeSpec relationalize) {
          checkRelationalize(step, relationalize, in.get(), out.get(), diagnostics);
        }
      }
    }
  }

  private static void checkFill(Step step, StepSpec.FillSpec spec, RecordModel in, RecordModel out,
      Diagnostics diagnostics) {
    if (spec.fills().isEmpty()) {
      diagnostics.error(Tag.JOB_DEFINITION, "@FillMissing on step '" + step.name() + "' fills nothing; write"
          + " values = {\"component = value\", ...}.", step.element(), step.annotation());
      return;
    }
    Set<String> filled = new HashSet<>();
    for (Fill fill : spec.fills()) {
      if (fill.column().name().isEmpty() || !fill.written().name().contains("=")
          || fill.literal().isEmpty() && fill.statistic() == null && !fill.quoted()) {
        diagnostics.error(Tag.JOB_DEFINITION, "Fill '" + fill.written().name() + "' of step '" + step.name()
            + "' must be written component = value, as in \"quantity = 0\", \"country = 'unknown'\" or"
            + " \"price = mean\".", fill.written());
        continue;
      }
      if (!filled.add(fill.column().name())) {
        diagnostics.error(Tag.JOB_DEFINITION, "Component '" + fill.column().name() + "' is filled twice by step '"
            + step.name() + "'; keep one value.", fill.written());
        continue;
      }
      Optional<Component> source = ColumnPass.column(step, fill.column(), in, "Filled component", diagnostics);
      if (source.isEmpty()) {
        continue;
      }
      if (out.component(fill.column().name()).isEmpty()) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Filled component '" + fill.column().name() + "' of step '"
            + step.name() + "' is not a component of its output " + out.simpleName() + "; add it, or do not fill it.",
            fill.written());
        continue;
      }
      valueProblem(fill, source.get().type()).ifPresent(problem -> diagnostics.error(Tag.JOB_DEFINITION,
          "Fill '" + fill.written().name() + "' of step '" + step.name() + "' does not fit " + in.simpleName() + "."
              + source.get().name() + " (" + source.get().type().sqlName() + "): " + problem + ".", fill.written()));
    }
    for (Component target : out.components()) {
      Optional<Component> source = sameName(step, target, in, out, "@FillMissing keeps the input's components.",
          diagnostics);
      if (source.isEmpty()) {
        continue;
      }
      if (!source.get().type().sameAs(target.type())) {
        diagnostics.error(Tag.SELECT_TYPE, "Component '" + target.name() + "' is " + source.get().type().sqlName()
            + " in " + in.simpleName() + " but " + target.type().sqlName() + " in " + out.simpleName() + ", the output"
            + " of step '" + step.name() + "'; @FillMissing keeps types, so give both the same type.", target.element());
      } else if (source.get().type().nullable() && !target.type().nullable() && !filled.contains(target.name())) {
        diagnostics.error(Tag.SELECT_TYPE, "Component '" + target.name() + "' may be null in " + in.simpleName()
            + " and step '" + step.name() + "' does not fill it, but it cannot be null in " + out.simpleName()
            + "; fill it, or use the boxed type.", target.element());
      }
    }
  }

  /** Why a fill's value cannot fill a column of {@code type}; empty when it can. */
  private static Optional<String> valueProblem(Fill fill, ColumnType type) {
    if (fill.statistic() == null) {
      return FillLiterals.problem(fill.literal(), fill.quoted(), type);
    }
    String name = fill.statistic().name().toLowerCase(Locale.ROOT);
    boolean numbers = fill.statistic() == Statistic.MEAN || fill.statistic() == Statistic.MEDIAN;
    if (numbers && !type.isNumeric()) {
      return Optional.of("the " + name + " is taken of numbers; use mode, min, max or a literal");
    }
    if (!numbers && !type.isOrderable()) {
      return Optional.of(type.sqlName() + " values have no order, so no " + name);
    }
    return Optional.empty();
  }

  private static void checkUnbox(Step step, StepSpec.UnboxSpec spec, RecordModel in, RecordModel out,
      Diagnostics diagnostics) {
    Optional<Component> json = ColumnPass.column(step, spec.column(), in, "Unboxed component", diagnostics);
    if (json.isEmpty()) {
      return;
    }
    if (json.get().type().kind() != Kind.STRING) {
      diagnostics.error(Tag.SELECT_TYPE, "Unboxed component '" + spec.column().name() + "' of step '" + step.name()
          + "' is " + json.get().type().sqlName() + " in " + in.simpleName() + "; @Unbox parses JSON text, a String.",
          spec.column());
      return;
    }
    if (out.component(spec.column().name()).isEmpty()) {
      diagnostics.error(Tag.UNKNOWN_COLUMN, "Step '" + step.name() + "' unboxes '" + spec.column().name()
          + "', but its output " + out.simpleName() + " has no component of that name to hold the parsed value;"
          + " add one whose type is the JSON's shape (a record, List or Map).", spec.column());
    }
    for (Component target : out.components()) {
      if (target.name().equals(spec.column().name())) {
        Kind kind = target.type().kind();
        if (kind != Kind.STRUCT && kind != Kind.ARRAY && kind != Kind.MAP) {
          diagnostics.error(Tag.SELECT_TYPE, "Component '" + target.name() + "' of " + out.simpleName() + " holds the"
              + " JSON parsed by step '" + step.name() + "', so its type is the JSON's shape: a record, List or Map,"
              + " not " + target.type().sqlName() + ".", target.element());
        }
        continue;
      }
      sameName(step, target, in, out, "@Unbox copies the other components by name.", diagnostics)
          .ifPresent(source -> ColumnPass.checkConversion(step, source, target, diagnostics));
    }
  }

  /** The input component an output component copies by name, reporting it if there is none. */
  private static Optional<Component> sameName(Step step, Component target, RecordModel in, RecordModel out, String rule,
      Diagnostics diagnostics) {
    Optional<Component> source = in.component(target.name());
    if (source.isEmpty()) {
      diagnostics.error(Tag.UNKNOWN_COLUMN, "Component '" + target.name() + "' of " + out.simpleName()
          + " is not a component of " + in.simpleName() + ", the input of step '" + step.name() + "'; " + rule
          + NameSuggestions.didYouMean(target.name(), in.componentNames()), target.element());
    }
    return source;
  }

  private static void checkRelationalize(Step step, StepSpec.RelationalizeSpec spec, RecordModel in, RecordModel out,
      Diagnostics diagnostics) {
    String explode = spec.explode().name();
    FlattenedColumns columns = FlattenedColumns.of(in, spec);
    if (!explode.isEmpty() && columns.exploded().isEmpty()) {
      Optional<FlattenedColumns.Path> named = columns.path(explode);
      diagnostics.error(Tag.UNKNOWN_COLUMN, "Step '" + step.name() + "' explodes '" + explode + "', which "
          + (named.isPresent() ? "is " + named.get().type().sqlName() + ", not a List"
              : "is no path of " + in.simpleName())
          + "; name a List component, or a path to one as in \"order.items\"."
          + (named.isPresent() ? "" : NameSuggestions.didYouMean(explode, pathNames(in))), spec.explode());
      return;
    }
    Map<String, NameRef> renamed = new HashMap<>();
    for (StepSpec.Rename rename : spec.renames()) {
      if (rename.input().name().isEmpty()) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Rename '" + rename.output().name() + "' of step '" + step.name()
            + "' must be written output = path, as in \"town = address.city\".", rename.output());
      } else if (ColumnPass.column(step, rename.output(), out, "Renamed output component", diagnostics).isPresent()) {
        renamed.put(rename.output().name(), rename.input());
      }
    }
    for (Component target : out.components()) {
      NameRef path = renamed.get(target.name());
      FlattenedColumns.Path source;
      if (path != null) {
        Optional<FlattenedColumns.Path> found = columns.path(path.name());
        if (found.isEmpty()) {
          diagnostics.error(Tag.UNKNOWN_COLUMN, "Path '" + path.name() + "' of step '" + step.name() + "' is no path"
              + " of " + in.simpleName() + "." + NameSuggestions.didYouMean(path.name(), columns.paths()), path);
          continue;
        }
        source = found.get();
      } else {
        List<FlattenedColumns.Path> candidates = columns.named(target.name());
        if (candidates.size() != 1) {
          diagnostics.error(Tag.UNKNOWN_COLUMN, "Component '" + target.name() + "' of " + out.simpleName()
              + (candidates.isEmpty() ? " matches no path of " + in.simpleName()
                  : " matches " + candidates.stream().map(FlattenedColumns.Path::path).toList() + " in " + in.simpleName())
              + " for step '" + step.name() + "'; add rename = \"" + target.name() + " = <path>\"."
              + (candidates.isEmpty() ? NameSuggestions.didYouMean(target.name(), columns.names()) : ""),
              target.element());
          continue;
        }
        source = candidates.get(0);
      }
      ColumnPass.checkConversion(step, new Component(source.path(), source.type(), source.leaf().element()), target,
          diagnostics);
      if (source.mayBeNull() && !source.type().nullable() && !target.type().nullable()) {
        diagnostics.error(Tag.SELECT_TYPE, "Step '" + step.name() + "' reads " + source.path() + " inside a record"
            + " that may be null into the primitive " + target.name() + "; use the boxed type.", target.element());
      }
    }
  }

  private static List<String> pathNames(RecordModel in) {
    return FlattenedColumns.of(in).paths();
  }
}
