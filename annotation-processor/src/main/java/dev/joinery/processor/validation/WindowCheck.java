package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.AggregateColumn;
import dev.joinery.processor.model.StepSpec.AggregateFunction;
import dev.joinery.processor.model.StepSpec.WindowColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the columns of a window step (partition and order keys, what each output component is
 * computed from and its type) and of a deduplication that keeps the first row of each key.
 * Part of {@link ColumnPass}, which has checked that the step's input and output are records.
 */
final class WindowCheck {
  private WindowCheck() {}

  static void checkDeduplicate(Step step, StepSpec.DeduplicateSpec spec, RecordModel in, Diagnostics diagnostics) {
    spec.keys().forEach(k -> ColumnPass.column(step, k, in, "Column", diagnostics));
    if (spec.keys().isEmpty() && !spec.keep().isEmpty()) {
      diagnostics.error(Tag.JOB_DEFINITION, "@Deduplicate on step '" + step.name() + "' keeps the first row of each"
          + " key but names no keys, so the rows it orders are identical; name the keys, as in keys = \"customerId\".",
          step.element(), step.annotation());
      return;
    }
    ColumnPass.checkSortKeys(step, spec.keep(), in, "Keep order key", diagnostics);
  }

  static void check(Step step, StepSpec.WindowSpec spec, RecordModel in, RecordModel out, Diagnostics diagnostics) {
    spec.partitionBy().forEach(k -> ColumnPass.column(step, k, in, "Partition key", diagnostics));
    ColumnPass.checkSortKeys(step, spec.orderBy(), in, "Window order key", diagnostics);
    // Each computed component and the annotations that compute it, in the record's order.
    Map<Component, List<String>> computed = new LinkedHashMap<>();
    spec.functions().forEach(f -> annotated(computed, f.output(), f.function().annotation()));
    spec.aggregates().forEach(a -> annotated(computed, a.output(), a.function().annotation()));
    computed.forEach((component, annotations) -> {
      if (annotations.size() > 1) {
        diagnostics.error(Tag.WINDOW_TYPE, "Component '" + component.name() + "' of " + out.simpleName() + " has "
            + annotations.stream().map(a -> "@" + a).collect(Collectors.joining(" and "))
            + "; a component is computed one way, so keep one.", component.element());
      }
    });
    List<WindowColumn> ordered = spec.functions().stream().filter(f -> computed.get(f.output()).size() == 1).toList();
    if (spec.orderBy().isEmpty() && !ordered.isEmpty()) {
      diagnostics.error(Tag.JOB_DEFINITION, "Step '" + step.name() + "' computes "
          + ordered.stream().map(f -> "@" + f.function().annotation() + " " + f.output().name())
              .collect(Collectors.joining(", "))
          + ", which depend on the order of rows, but its window has none; add orderBy = {\"...\"} to @Window.",
          step.element(), step.annotation());
    }
    ordered.forEach(f -> checkFunction(step, f, in, diagnostics));
    for (AggregateColumn aggregate : spec.aggregates()) {
      if (computed.get(aggregate.output()).size() > 1) {
        continue;
      }
      if (aggregate.function() == AggregateFunction.COUNT_DISTINCT) {
        diagnostics.error(Tag.WINDOW_TYPE, "@CountDistinct component '" + aggregate.output().name() + "' of step '"
            + step.name() + "': Spark has no distinct aggregates over a window; count distinct values in an"
            + " @Aggregate step and join it back.", aggregate.output().element());
      } else if (!aggregate.when().name().isEmpty()) {
        diagnostics.error(Tag.WINDOW_TYPE, "@" + aggregate.function().annotation() + " component '"
            + aggregate.output().name() + "' of step '" + step.name() + "' has when = \"" + aggregate.when().name()
            + "\", which a window does not apply; compute the value in a @Map step before the window.",
            aggregate.when());
      } else {
        // The frame always holds the current row, so a running aggregate is null only where the values are.
        ColumnPass.checkAggregateColumn(step, aggregate, in, false, diagnostics);
      }
    }
    for (Component component : out.components()) {
      if (!computed.containsKey(component)) {
        checkCopy(step, component, in, out, diagnostics);
      }
    }
  }

  private static void annotated(Map<Component, List<String>> computed, Component component, String annotation) {
    computed.computeIfAbsent(component, c -> new java.util.ArrayList<>()).add(annotation);
  }

  private static void checkFunction(Step step, WindowColumn column, RecordModel in, Diagnostics diagnostics) {
    Component output = column.output();
    String target = "@" + column.function().annotation() + " component '" + output.name() + "' of step '"
        + step.name() + "'";
    if (!column.function().readsAnotherRow()) {
      if (output.type().kind() != Kind.INT) {
        diagnostics.error(Tag.WINDOW_TYPE, target + " is " + TypeNames.of(output.element().asType())
            + ", but row numbers and ranks are int, as Spark computes them; declare it int.", output.element());
      }
      return;
    }
    if (column.offset() < 1) {
      diagnostics.error(Tag.JOB_DEFINITION, target + ": offset = " + column.offset() + " names no other row; give"
          + " how many rows " + (column.function() == StepSpec.WindowFunction.LAG ? "before" : "after")
          + " the current one to read, 1 or more.", output.element(), column.annotation());
    }
    Optional<Component> source = ColumnPass.column(step, column.source(), in, "Column", diagnostics);
    if (source.isEmpty()) {
      return;
    }
    String edge = column.function() == StepSpec.WindowFunction.LAG ? "first" : "last";
    if (!source.get().type().sameAs(output.type())) {
      diagnostics.error(Tag.WINDOW_TYPE, target + " is " + TypeNames.of(output.element().asType()) + ", but it reads "
          + source.get().name() + ", which is " + TypeNames.of(source.get().element().asType()) + " in "
          + in.simpleName() + "; give it that type, boxed.", output.element());
    } else if (!output.type().nullable()) {
      diagnostics.error(Tag.WINDOW_TYPE, target + " is " + (output.type().primitive() ? "a primitive "
          + output.type().javaName() : "@NotNull") + ", but the " + edge + " rows of each partition have no row to"
          + " read, so it is null there; use the boxed type" + (output.type().primitive() ? "" : " without @NotNull")
          + ".", output.element());
    }
  }

  /** A component without a window annotation copies the input's column of its name. */
  private static void checkCopy(Step step, Component target, RecordModel in, RecordModel out,
      Diagnostics diagnostics) {
    Optional<Component> source = in.component(target.name());
    if (source.isEmpty()) {
      diagnostics.error(Tag.UNKNOWN_COLUMN, "Component '" + target.name() + "' of " + out.simpleName()
          + " is not a component of " + in.simpleName() + " to copy, and no window annotation computes it, in step '"
          + step.name() + "'; rename it after a component of " + in.simpleName() + ", or annotate it with @RowNumber,"
          + " @Rank, @DenseRank, @Lag, @Lead, @Sum, @Count, @Min, @Max or @Avg."
          + NameSuggestions.didYouMean(target.name(), in.componentNames()), target.element());
    } else if (!source.get().type().sameAs(target.type())) {
      diagnostics.error(Tag.WINDOW_TYPE, "Component '" + target.name() + "' is "
          + TypeNames.of(source.get().element().asType()) + " in " + in.simpleName() + " but "
          + TypeNames.of(target.element().asType()) + " in " + out.simpleName() + ", and step '" + step.name()
          + "' copies it; give both the same type.", target.element());
    } else if (source.get().type().nullable() && target.type().primitive()) {
      diagnostics.error(Tag.WINDOW_TYPE, "Component '" + target.name() + "' may be null in " + in.simpleName()
          + " but is a primitive " + target.type().javaName() + " in " + out.simpleName() + ", and step '"
          + step.name() + "' copies it; use the boxed type.", target.element());
    }
  }
}
