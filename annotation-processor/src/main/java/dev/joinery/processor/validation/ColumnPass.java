package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.CarriedColumns;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.analysis.StepMethods;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.annotations.JoinType;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.AggregateColumn;
import dev.joinery.processor.model.StepSpec.AggregateSpec;
import dev.joinery.processor.model.StepSpec.JoinKey;
import dev.joinery.processor.reading.RecordReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks every column a step names (join keys, grouping keys, aggregated, selected, sorted
 * components) against the records that flow in and out of it.
 */
public final class ColumnPass implements ValidationPass {
  private final ColumnTypeCheck columnTypes;
  private final RecordReader records;

  public ColumnPass(ColumnTypeCheck columnTypes, RecordReader records) {
    this.columnTypes = columnTypes;
    this.records = records;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      for (Step step : graph.job().steps()) {
        Optional<RecordModel> output = graph.output(step).record();
        output.ifPresent(r -> columnTypes.check(r, diagnostics));
        if (!graph.resolved(step)) {
          continue; // unknown inputs are reported already; their columns cannot be checked
        }
        List<Optional<RecordModel>> inputs = step.inputs().stream()
            .map(i -> graph.producer(i).flatMap(Producer::record)).toList();
        if (inputs.stream().anyMatch(Optional::isEmpty) || output.isEmpty()) {
          continue; // not records: reported by the declaration pass
        }
        RecordModel in = inputs.get(0).get();
        StepSpec spec = step.spec();
        if (spec instanceof StepSpec.JoinSpec join) {
          if (inputs.size() == 2) { // another arity is a step-signature error already
            checkJoin(step, join, in, inputs.get(1).get(), diagnostics);
            if (join.method() == null && join.type() != JoinType.SEMI && join.type() != JoinType.ANTI) {
              checkJoinedColumns(step, join, in, inputs.get(1).get(), output.get(), diagnostics);
            }
          }
        } else if (spec instanceof AggregateSpec aggregate) {
          checkAggregate(graph, step, aggregate, in, output.get(), diagnostics);
        } else if (spec instanceof StepSpec.SelectSpec select) {
          checkSelect(step, select, in, output.get(), diagnostics);
        } else if (spec instanceof StepSpec.ColumnsSpec columns) {
          columns.columns().forEach(c -> column(step, c, in, "Column", diagnostics));
        } else if (spec instanceof StepSpec.SortSpec sort) {
          checkSort(step, sort, in, diagnostics);
        } else if (spec instanceof StepSpec.DeduplicateSpec deduplicate) {
          WindowCheck.checkDeduplicate(step, deduplicate, in, diagnostics);
        } else if (spec instanceof StepSpec.WindowSpec window) {
          WindowCheck.check(step, window, in, output.get(), diagnostics);
        }
      }
    }
  }

  private void checkJoin(Step step, StepSpec.JoinSpec join, RecordModel left, RecordModel right, Diagnostics diagnostics) {
    if (!joinConditionIsValid(step, join, diagnostics)) {
      return;
    }
    for (JoinKey key : join.keys()) {
      Optional<Component> l = column(step, key.left(), left, "Left join key", diagnostics);
      Optional<Component> r = column(step, key.right(), right, "Right join key", diagnostics);
      if (l.isPresent() && r.isPresent() && !l.get().type().comparableWith(r.get().type())) {
        diagnostics.error(Tag.JOIN_KEY_TYPE, "Join keys of step '" + step.name() + "' cannot be compared: "
            + left.simpleName() + "." + l.get().name() + " is " + l.get().type().sqlName() + " but "
            + right.simpleName() + "." + r.get().name() + " is " + r.get().type().sqlName()
            + ". Join on components of compatible types, or add a step that converts one of them.", key.left());
      }
    }
  }

  /**
   * Whether the join's {@code on} is a list of equal keys, {@code left = right, ...} (none for a
   * cross join); if not, says so once, before any key is looked up (an empty or non-equi condition
   * is no unknown column).
   */
  private static boolean joinConditionIsValid(Step step, StepSpec.JoinSpec join, Diagnostics diagnostics) {
    if (join.type() == JoinType.CROSS) {
      if (!join.keys().isEmpty()) {
        diagnostics.error(Tag.JOB_DEFINITION, "Step '" + step.name() + "' is a CROSS join, which pairs every row"
            + " with every row and has no keys; remove on = \"...\", or choose another join type to join on keys.",
            join.keys().get(0).left());
        return false;
      }
      return true;
    }
    boolean empty = join.keys().isEmpty()
        || join.keys().stream().anyMatch(k -> k.left().name().isEmpty() || k.right().name().isEmpty());
    if (empty) {
      String message = "The join condition of step '" + step.name() + "' names no keys; write the columns to join"
          + " on, as in on = \"customerId = id\" (several separated by commas), or, to pair every row with every"
          + " row, declare type = JoinType.CROSS.";
      if (join.keys().isEmpty()) {
        diagnostics.error(Tag.JOB_DEFINITION, message, step.element(), step.annotation());
      } else {
        diagnostics.error(Tag.JOB_DEFINITION, message, join.keys().get(0).left());
      }
      return false;
    }
    for (JoinKey key : join.keys()) {
      for (NameRef side : List.of(key.left(), key.right())) {
        if (!javax.lang.model.SourceVersion.isIdentifier(side.name())) {
          diagnostics.error(Tag.JOB_DEFINITION, "The join condition of step '" + step.name() + "' has '"
              + side.name() + "', which is not a column name. Joins are on equal keys, written"
              + " leftKey = rightKey and separated by commas; for <, >, != and other conditions, name a"
              + " method: where = \"method\", with static boolean method(Left l, Right r).", side);
          return false;
        }
      }
    }
    return true;
  }

  private void checkAggregate(JobGraph graph, Step step, AggregateSpec spec, RecordModel in, RecordModel out,
      Diagnostics diagnostics) {
    Map<String, NameRef> keys = new HashMap<>();
    for (NameRef key : spec.groupBy()) {
      if (keys.put(key.name(), key) != null) {
        diagnostics.error(Tag.JOB_DEFINITION, "Grouping key '" + key.name() + "' of step '" + step.name()
            + "' is listed twice; list each key once.", key);
        continue;
      }
      Optional<Component> source = column(step, key, in, "Grouping key", diagnostics);
      Optional<Component> target = out.component(key.name());
      if (source.isPresent() && target.isEmpty()) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Grouping key '" + key.name() + "' of step '" + step.name()
            + "' is not a component of its output " + out.simpleName() + "; add `" + source.get().type().javaName()
            + " " + key.name() + "` to " + out.simpleName() + " or remove the key."
            + NameSuggestions.didYouMean(key.name(), out.componentNames()), key);
      } else if (source.isPresent() && !source.get().type().sameAs(target.get().type())) {
        diagnostics.error(Tag.AGGREGATE_TYPE, "Grouping key '" + key.name() + "' is " + TypeNames.of(source.get().element().asType())
            + " in " + in.simpleName() + " but " + TypeNames.of(target.get().element().asType()) + " in "
            + out.simpleName() + "; give both the same type.", target.get().element());
      } else if (source.isPresent() && source.get().type().nullable() && target.get().type().primitive()) {
        diagnostics.error(Tag.AGGREGATE_TYPE, "Grouping key '" + key.name() + "' may be null in " + in.simpleName()
            + " but is a primitive " + target.get().type().javaName() + " in " + out.simpleName()
            + "; use the boxed type.", target.get().element());
      }
    }
    Map<Component, AggregateColumn> aggregated = new HashMap<>();
    for (AggregateColumn column : spec.aggregates()) {
      if (aggregated.putIfAbsent(column.output(), column) != null) {
        diagnostics.error(Tag.AGGREGATE_TYPE, "Component '" + column.output().name() + "' of " + out.simpleName()
            + " has more than one aggregate annotation; keep one.", column.output().element());
        continue;
      }
      if (checkAggregateColumn(step, column, spec.groupBy().isEmpty(), diagnostics,
          ref -> aggregated(graph, step, ref, in, diagnostics))
          && !column.countsRows() && keys.containsKey(column.source().name())) {
        diagnostics.error(Tag.AGGREGATE_TYPE, "@" + column.function().annotation() + " component '"
            + column.output().name() + "' of step '" + step.name() + "' aggregates grouping key '"
            + column.source().name() + "', which has one value per group; aggregate another component, or"
            + " make this one a grouping key.", column.source());
      }
    }
    for (Component component : out.components()) {
      if (!keys.containsKey(component.name()) && !aggregated.containsKey(component)) {
        diagnostics.error(Tag.UNAGGREGATED_COLUMN, "Component '" + component.name() + "' of " + out.simpleName()
            + " is neither a grouping key of step '" + step.name() + "' nor aggregated; add it to groupBy or"
            + " annotate it with @Sum, @Count, @CountDistinct, @Min, @Max or @Avg.", component.element());
      }
    }
  }

  /**
   * Reports what does not fit in one aggregated component; returns whether it fits.
   *
   * @param global whether the step has no grouping keys: one row, whose aggregates are null for an empty input
   */
  static boolean checkAggregateColumn(Step step, AggregateColumn column, RecordModel in, boolean global,
      Diagnostics diagnostics) {
    return checkAggregateColumn(step, column, global, diagnostics,
        ref -> column(step, ref, in, "Aggregated component", diagnostics));
  }

  /** @param sources finds what an aggregate reads, reporting it if nothing fits */
  private static boolean checkAggregateColumn(Step step, AggregateColumn column, boolean global,
      Diagnostics diagnostics, java.util.function.Function<NameRef, Optional<Component>> sources) {
    ColumnType out = column.output().type();
    String target = "@" + column.function().annotation() + " component '" + column.output().name() + "'";
    if (column.countsRows()) {
      if (column.function() != StepSpec.AggregateFunction.COUNT) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, target + " names no input component; write @"
            + column.function().annotation() + "(\"component\").", column.source());
      } else if (out.kind() != Kind.LONG) {
        diagnostics.error(Tag.AGGREGATE_TYPE, target + " is " + out.javaName() + "; counts are long.",
            column.output().element());
      } else {
        return true;
      }
      return false;
    }
    Optional<Component> source = sources.apply(column.source());
    if (source.isEmpty()) {
      return false;
    }
    ColumnType type = source.get().type();
    String problem = null;
    switch (column.function()) {
      case COUNT:
      case COUNT_DISTINCT:
        if (out.kind() != Kind.LONG) {
          problem = "counts are long";
        }
        break;
      case SUM:
        if (!type.isNumeric()) {
          problem = "only numbers can be summed, and " + source.get().name() + " is " + type.sqlName();
        } else {
          Kind expected = type.isIntegral() ? Kind.LONG : type.kind() == Kind.DECIMAL ? Kind.DECIMAL : Kind.DOUBLE;
          if (out.kind() != expected) {
            problem = "a sum of " + type.sqlName() + " is " + (expected == Kind.LONG ? "long" : expected == Kind.DOUBLE ? "double" : "BigDecimal");
          }
        }
        break;
      case AVG:
        if (!type.isNumeric()) {
          problem = "only numbers can be averaged, and " + source.get().name() + " is " + type.sqlName();
        } else if (out.kind() != Kind.DOUBLE && out.kind() != Kind.DECIMAL) {
          problem = "an average is double or BigDecimal";
        }
        break;
      default: // MIN, MAX
        if (!type.isOrderable()) {
          problem = type.sqlName() + " values have no order";
        } else if (out.kind() != type.kind()) {
          problem = "the " + column.function().annotation().toLowerCase(java.util.Locale.ROOT)
              + " of a value has its type, " + TypeNames.of(source.get().element().asType());
        }
    }
    if (problem == null && type.nullable() && out.primitive()
        && column.function() != StepSpec.AggregateFunction.COUNT
        && column.function() != StepSpec.AggregateFunction.COUNT_DISTINCT) {
      problem = source.get().name() + " may be null, so a group's result may be null; use the boxed type";
    } else if (problem == null && global && out.primitive()
        && column.function() != StepSpec.AggregateFunction.COUNT
        && column.function() != StepSpec.AggregateFunction.COUNT_DISTINCT) {
      problem = "without grouping keys it is computed over the whole input, and over an empty input it is null;"
          + " use the boxed type";
    }
    if (problem == null) {
      return true;
    }
    diagnostics.error(Tag.AGGREGATE_TYPE, target + " of step '" + step.name() + "' is "
        + TypeNames.of(column.output().element().asType()) + ", but " + problem + ".", column.output().element());
    return false;
  }

  /**
   * What an aggregate reads: a component of the input, or else a job method computing the value,
   * seen as a column named after it (its signature is the step-method pass's to check).
   */
  private Optional<Component> aggregated(JobGraph graph, Step step, NameRef source, RecordModel in,
      Diagnostics diagnostics) {
    Optional<Component> component = in.component(source.name());
    if (component.isPresent()) {
      return component;
    }
    Optional<ExecutableElement> method = StepMethods.find(graph, source.name());
    if (method.isPresent()) {
      return Optional.of(new Component(source.name(),
          records.columnTypeOf(method.get().getReturnType(), method.get()), method.get()));
    }
    diagnostics.error(Tag.UNKNOWN_COLUMN, "Aggregated component '" + source.name() + "' of step '" + step.name()
        + "' is neither a component of " + in.simpleName() + " nor a static method of "
        + graph.job().element().getSimpleName() + "."
        + NameSuggestions.didYouMean(source.name(), in.componentNames())
        + " Its components: " + String.join(", ", in.componentNames()) + ".", source);
    return Optional.empty();
  }

  /**
   * A field join of two rows: each output component comes, with its type, from one side (by name,
   * or as {@code rename} says), and may be null where that side may be absent.
   */
  private void checkJoinedColumns(Step step, StepSpec.JoinSpec join, RecordModel left, RecordModel right,
      RecordModel out, Diagnostics diagnostics) {
    for (StepSpec.Rename rename : join.renames()) {
      if (out.component(rename.output().name()).isEmpty()) {
        column(step, rename.output(), out, "Renamed output component", diagnostics);
      } else if (CarriedColumns.renamed(rename.input().name(), left, right).isEmpty()) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Rename '" + rename.output().name() + " = " + rename.input().name()
            + "' of step '" + step.name() + "' must name a column of one side, as in \"" + rename.output().name()
            + " = left.<component of " + left.simpleName() + ">\" or \"" + rename.output().name()
            + " = right.<component of " + right.simpleName() + ">\".", rename.output());
      }
    }
    for (Component target : out.components()) {
      if (join.renames().stream().anyMatch(r -> r.output().name().equals(target.name()))) {
        Optional<CarriedColumns.Source> renamed = CarriedColumns.of(target, join, left, right);
        renamed.ifPresent(source -> checkCarried(step, join, source, target, out, diagnostics));
        continue;
      }
      boolean inLeft = left.component(target.name()).isPresent();
      boolean inRight = right.component(target.name()).isPresent();
      Optional<CarriedColumns.Source> source = CarriedColumns.of(target, join, left, right);
      if (source.isEmpty() && inLeft && inRight) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Component '" + target.name() + "' of " + out.simpleName()
            + " is a component of both " + left.simpleName() + " and " + right.simpleName() + ", so step '"
            + step.name() + "' cannot tell which to carry; say rename = \"" + target.name() + " = left."
            + target.name() + "\" (or right.), or join on it by that name.", target.element());
      } else if (source.isEmpty()) {
        List<String> both = new java.util.ArrayList<>(left.componentNames());
        both.addAll(right.componentNames());
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Component '" + target.name() + "' of " + out.simpleName()
            + " is a component of neither " + left.simpleName() + " nor " + right.simpleName() + ", the inputs of"
            + " step '" + step.name() + "'." + NameSuggestions.didYouMean(target.name(), both), target.element());
      } else {
        checkCarried(step, join, source.get(), target, out, diagnostics);
      }
    }
  }

  private static void checkCarried(Step step, StepSpec.JoinSpec join, CarriedColumns.Source source, Component target,
      RecordModel out, Diagnostics diagnostics) {
    boolean absentable = CarriedColumns.mayBeAbsent(source, join);
    if (!source.input().type().sameAs(target.type())) {
      diagnostics.error(Tag.TYPE_MISMATCH, "Component '" + target.name() + "' of " + out.simpleName() + " is "
          + TypeNames.of(target.element().asType()) + " but takes " + source.side().name().toLowerCase(java.util.Locale.ROOT)
          + " column " + source.column() + ", which is " + TypeNames.of(source.input().element().asType())
          + "; give both the same type.", target.element());
    } else if ((absentable || source.input().type().nullable()) && target.type().primitive()) {
      diagnostics.error(Tag.TYPE_MISMATCH, "Component '" + target.name() + "' of " + out.simpleName()
          + " may be null" + (absentable ? " (its side of the " + join.type() + " join may have no match)" : "")
          + " but is a primitive " + target.type().javaName() + "; use the boxed type.", target.element());
    }
  }

  private void checkSelect(Step step, StepSpec.SelectSpec select, RecordModel in, RecordModel out, Diagnostics diagnostics) {
    Map<String, NameRef> sources = new HashMap<>();
    for (StepSpec.Rename rename : select.renames()) {
      if (rename.input().name().isEmpty()) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Rename '" + rename.output().name() + "' of step '" + step.name()
            + "' must be written output = input, as in \"id = customerId\".", rename.output());
        continue;
      }
      if (column(step, rename.output(), out, "Renamed output component", diagnostics).isPresent()) {
        sources.put(rename.output().name(), rename.input());
      }
    }
    for (Component target : out.components()) {
      NameRef sourceName = sources.get(target.name());
      Optional<Component> source = sourceName != null
          ? column(step, sourceName, in, "Selected component", diagnostics)
          : in.component(target.name());
      if (sourceName == null && source.isEmpty()) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, "Component '" + target.name() + "' of " + out.simpleName()
            + " has no source in " + in.simpleName() + " for step '" + step.name() + "'; add rename = \""
            + target.name() + " = <component of " + in.simpleName() + ">\"."
            + NameSuggestions.didYouMean(target.name(), in.componentNames()), target.element());
        continue;
      }
      source.ifPresent(s -> checkConversion(step, s, target, diagnostics));
    }
  }

  static void checkConversion(Step step, Component source, Component target, Diagnostics diagnostics) {
    ColumnType from = source.type();
    ColumnType to = target.type();
    boolean fits = from.sameAs(to) || to.kind() == Kind.STRING && from.kind() != Kind.ARRAY
        && from.kind() != Kind.MAP && from.kind() != Kind.STRUCT
        || widens(from, to);
    if (!fits) {
      diagnostics.error(Tag.SELECT_TYPE, "Step '" + step.name() + "' cannot turn " + source.name() + " ("
          + from.sqlName() + ") into " + target.name() + " (" + to.sqlName() + ") without losing values;"
          + " change the component's type, or compute it in a @Map step.", target.element());
    } else if (from.nullable() && to.primitive()) {
      diagnostics.error(Tag.SELECT_TYPE, "Step '" + step.name() + "' copies " + source.name()
          + ", which may be null, into the primitive " + target.name() + "; use the boxed type, or drop"
          + " null rows first with @DropNulls.", target.element());
    }
  }

  private static boolean widens(ColumnType from, ColumnType to) {
    List<Kind> ladder = List.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG);
    if (ladder.contains(from.kind()) && ladder.contains(to.kind())) {
      return ladder.indexOf(from.kind()) <= ladder.indexOf(to.kind());
    }
    if (from.isIntegral() && (to.kind() == Kind.DOUBLE || to.kind() == Kind.DECIMAL)) {
      return true;
    }
    return from.kind() == Kind.FLOAT && to.kind() == Kind.DOUBLE
        || from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL && to.scale() >= from.scale()
            && to.precision() - to.scale() >= from.precision() - from.scale();
  }

  private void checkSort(Step step, StepSpec.SortSpec sort, RecordModel in, Diagnostics diagnostics) {
    checkSortKeys(step, sort.keys(), in, "Sort key", diagnostics);
  }

  /** Reports keys that are no orderable component of {@code in}; {@code what} names them in messages. */
  static void checkSortKeys(Step step, List<StepSpec.SortKey> keys, RecordModel in, String what,
      Diagnostics diagnostics) {
    for (StepSpec.SortKey key : keys) {
      if (key.column().name().contains(" ")) {
        diagnostics.error(Tag.UNKNOWN_COLUMN, what + " '" + key.column().name() + "' of step '" + step.name()
            + "' must be a component name, optionally followed by asc or desc.", key.column());
        continue;
      }
      column(step, key.column(), in, what, diagnostics).ifPresent(c -> {
        if (!c.type().isOrderable()) {
          diagnostics.error(Tag.UNKNOWN_COLUMN, what + " '" + c.name() + "' of step '" + step.name() + "' is "
              + c.type().sqlName() + ", which has no order.", key.column());
        }
      });
    }
  }

  /** The component {@code ref} names in {@code record}, reporting it with suggestions if there is none. */
  static Optional<Component> column(Step step, NameRef ref, RecordModel record, String what, Diagnostics diagnostics) {
    Optional<Component> component = record.component(ref.name());
    if (component.isEmpty()) {
      diagnostics.error(Tag.UNKNOWN_COLUMN, what + " '" + ref.name() + "' of step '" + step.name()
          + "' is not a component of " + record.simpleName() + "."
          + NameSuggestions.didYouMean(ref.name(), record.componentNames())
          + " Its components: " + String.join(", ", record.componentNames()) + ".", ref);
    }
    return component;
  }
}
