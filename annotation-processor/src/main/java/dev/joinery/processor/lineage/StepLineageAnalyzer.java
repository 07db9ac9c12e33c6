package dev.joinery.processor.lineage;

import com.sun.source.util.Trees;
import dev.joinery.annotations.JoinType;
import dev.joinery.processor.analysis.CarriedColumns;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.expression.ComponentUse;
import dev.joinery.processor.expression.Expr;
import dev.joinery.processor.expression.ExprGraph;
import dev.joinery.processor.expression.HandWrittenMembers;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.expression.Translation;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.StepSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/** Derives each step's column lineage from the same model that generates its code. */
public final class StepLineageAnalyzer {
  private final Trees trees;
  private final HandWrittenMembers handWritten;

  public StepLineageAnalyzer(Trees trees, HandWrittenMembers handWritten) {
    this.trees = trees;
    this.handWritten = handWritten;
  }

  public StepLineage of(Step step, JobGraph graph, StepTranslations translations) {
    List<String> inputs = step.inputs().stream().map(i -> graph.producer(i).orElseThrow().name()).toList();
    List<RecordModel> records = step.inputs().stream()
        .map(i -> graph.producer(i).flatMap(Producer::record).orElseThrow()).toList();
    RecordModel output = graph.output(step).record().orElseThrow();
    Map<String, List<ColumnDep>> fields = new LinkedHashMap<>();
    List<ColumnDep> dataset = new ArrayList<>();
    StepSpec spec = step.spec();
    Optional<Expr> translated = translations.of(step).flatMap(Translation::translated);
    boolean conservative = translations.runsOnJvm(step);

    if (conservative) {
      ExecutableElement method = spec instanceof StepSpec.Body b ? b.method() : ((StepSpec.JoinSpec) spec).method();
      List<Set<String>> used = ComponentUse.of(trees, handWritten, method, records);
      List<ColumnDep> read = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        for (String column : used.get(i)) {
          read.add(step.kind() == StepKind.FILTER
              ? ColumnDep.indirect(inputs.get(i), column, "FILTER", "read by a JVM filter")
              : ColumnDep.direct(inputs.get(i), column, "TRANSFORMATION", "read by a JVM step"));
        }
      }
      if (step.kind() == StepKind.FILTER) {
        identity(output, inputs.get(0), fields);
        dataset.addAll(read);
      } else {
        output.components().forEach(c -> fields.put(c.name(), read));
      }
    } else if (translated.isPresent() && step.kind() == StepKind.FILTER) {
      identity(output, inputs.get(0), fields);
      references(translated.get()).forEach(r ->
          dataset.add(ColumnDep.indirect(inputs.get(r.input()), r.column(), "FILTER", null)));
    } else if (translated.isPresent()) {
      List<Expr> values = Expr.componentValues(translated.get(), output);
      List<Component> components = output.components();
      for (int i = 0; i < components.size(); i++) {
        fields.put(components.get(i).name(), columnDeps(values.get(i), inputs));
      }
    } else if (spec instanceof StepSpec.AggregateSpec aggregate) {
      for (NameRef key : aggregate.groupBy()) {
        fields.put(key.name(), List.of(ColumnDep.direct(inputs.get(0), key.name(), "IDENTITY", null)));
        dataset.add(ColumnDep.indirect(inputs.get(0), key.name(), "GROUP_BY", null));
      }
      for (StepSpec.AggregateColumn column : aggregate.aggregates()) {
        String function = column.function().annotation().toLowerCase(java.util.Locale.ROOT);
        String source = column.source().name();
        List<ColumnDep> deps = new ArrayList<>();
        Optional<Expr> computed = column.countsRows() || records.get(0).component(source).isPresent()
            ? Optional.empty() : translations.named(step, source);
        if (computed.isPresent()) {
          references(computed.get()).forEach(r -> deps.add(ColumnDep.direct(inputs.get(0), r.column(), "AGGREGATION",
              function + "(" + source + "())")));
        } else if (!column.countsRows()) {
          deps.add(ColumnDep.direct(inputs.get(0), source, "AGGREGATION", function + "(" + source + ")"));
        }
        String when = column.when().name();
        translations.named(step, when.isEmpty() ? "" : when).ifPresent(condition -> references(condition).forEach(r ->
            deps.add(ColumnDep.indirect(inputs.get(0), r.column(), "CONDITIONAL", "when " + when + "()"))));
        fields.put(column.output().name(), List.copyOf(deps));
      }
    } else if (spec instanceof StepSpec.UnionSpec) {
      for (Component c : output.components()) {
        fields.put(c.name(), inputs.stream().distinct()
            .map(in -> ColumnDep.direct(in, c.name(), "IDENTITY", null)).toList());
      }
    } else if (spec instanceof StepSpec.WindowSpec window) {
      WindowLineage.window(window, inputs.get(0), output, fields);
    } else if (spec instanceof StepSpec.SelectSpec select) {
      Map<String, String> renames = new LinkedHashMap<>();
      select.renames().forEach(r -> renames.put(r.output().name(), r.input().name()));
      for (Component c : output.components()) {
        String source = renames.getOrDefault(c.name(), c.name());
        boolean same = records.get(0).component(source).map(s -> s.type().sameAs(c.type())).orElse(false);
        fields.put(c.name(), List.of(ColumnDep.direct(inputs.get(0), source, same ? "IDENTITY" : "TRANSFORMATION",
            same ? null : "cast to " + c.type().sqlName())));
      }
    } else if (GlueTransformLineage.covers(spec)) {
      GlueTransformLineage.of(spec, inputs.get(0), records.get(0), output, fields, dataset);
    } else {
      identity(output, inputs.get(0), fields);
      if (spec instanceof StepSpec.ColumnsSpec columns) {
        List<String> names = columns.columns().isEmpty()
            ? records.get(0).components().stream().filter(c -> c.type().nullable()).map(Component::name).toList()
            : columns.columns().stream().map(NameRef::name).toList();
        for (String name : names) {
          dataset.add(ColumnDep.indirect(inputs.get(0), name, "FILTER", "not null"));
        }
      } else if (spec instanceof StepSpec.DeduplicateSpec deduplicate) {
        WindowLineage.deduplicate(deduplicate, inputs.get(0), records.get(0), dataset);
      } else if (spec instanceof StepSpec.SortSpec sort) {
        sort.keys().forEach(k -> dataset.add(ColumnDep.indirect(inputs.get(0), k.column().name(), "SORT",
            k.descending() ? "descending" : "ascending")));
      }
    }
    if (spec instanceof StepSpec.JoinSpec join) {
      if (join.method() == null) {
        fields.clear();
        for (Component c : output.components()) {
          if (join.type() == JoinType.SEMI || join.type() == JoinType.ANTI) {
            fields.put(c.name(), List.of(ColumnDep.direct(inputs.get(0), c.name(), "IDENTITY", null)));
            continue;
          }
          CarriedColumns.Source source = CarriedColumns.of(c, join, records.get(0), records.get(1)).orElseThrow();
          List<ColumnDep> from = new ArrayList<>();
          if (source.side() != CarriedColumns.Side.RIGHT) {
            from.add(ColumnDep.direct(inputs.get(0), source.column(), "IDENTITY", null));
          }
          if (source.side() != CarriedColumns.Side.LEFT) {
            from.add(ColumnDep.direct(inputs.get(1), source.column(), "IDENTITY", null));
          }
          fields.put(c.name(), List.copyOf(from));
        }
      }
      String type = join.type().name().toLowerCase(java.util.Locale.ROOT);
      for (StepSpec.JoinKey key : join.keys()) {
        dataset.add(ColumnDep.indirect(inputs.get(0), key.left().name(), "JOIN", type));
        dataset.add(ColumnDep.indirect(inputs.get(1), key.right().name(), "JOIN", type));
      }
      if (join.hasCondition()) {
        translations.named(step, join.where().name()).ifPresent(condition -> references(condition).forEach(r ->
            dataset.add(ColumnDep.indirect(inputs.get(r.input()), r.column(), "JOIN",
                type + " where " + join.where().name() + "()"))));
      }
    }
    for (InputRef input : step.inputs()) {
      if (graph.producer(input).orElseThrow() instanceof Producer.OfTable table) {
        RecordModel record = table.table().record();
        dataset.addAll(ReadChecks.of(table.table(),
            method -> ComponentUse.of(trees, handWritten, method, List.of(record)).get(0)));
      }
    }
    return new StepLineage(fields, dataset, conservative);
  }

  private static void identity(RecordModel output, String input, Map<String, List<ColumnDep>> fields) {
    output.components().forEach(c -> fields.put(c.name(), List.of(ColumnDep.direct(input, c.name(), "IDENTITY", null))));
  }

  /** A translated output column: IDENTITY if it is an input column as is, else TRANSFORMATION; CONDITIONAL for the columns its branches test. */
  private static List<ColumnDep> columnDeps(Expr value, List<String> inputs) {
    Expr bare = value;
    while (bare instanceof Expr.NonNull n) {
      bare = n.operand();
    }
    if (bare instanceof Expr.ColumnRef ref) {
      return List.of(ColumnDep.direct(inputs.get(ref.input()), ref.column(), "IDENTITY", null));
    }
    Set<Expr.ColumnRef> direct = new LinkedHashSet<>();
    Set<Expr.ColumnRef> conditions = new LinkedHashSet<>();
    collect(value, false, direct, conditions);
    List<ColumnDep> deps = new ArrayList<>();
    direct.forEach(r -> deps.add(ColumnDep.direct(inputs.get(r.input()), r.column(), "TRANSFORMATION", null)));
    conditions.forEach(r -> deps.add(ColumnDep.indirect(inputs.get(r.input()), r.column(), "CONDITIONAL", null)));
    return deps;
  }

  private static Set<Expr.ColumnRef> references(Expr e) {
    Set<Expr.ColumnRef> all = new LinkedHashSet<>();
    collect(e, false, all, all);
    return all;
  }

  /**
   * The columns {@code e} reads, in the order the body reads them first: into {@code conditions}
   * those a conditional tests, into {@code direct} the others. Each shared node is visited once per
   * role, without recursion, so a long or much-shared body costs what its graph does.
   */
  private static void collect(Expr e, boolean inCondition, Set<Expr.ColumnRef> direct, Set<Expr.ColumnRef> conditions) {
    List<Set<Expr>> seen = List.of(Collections.newSetFromMap(new IdentityHashMap<>()),
        Collections.newSetFromMap(new IdentityHashMap<>()));
    Deque<Map.Entry<Expr, Boolean>> pending = new ArrayDeque<>();
    pending.push(Map.entry(e, inCondition));
    while (!pending.isEmpty()) {
      Map.Entry<Expr, Boolean> next = pending.pop();
      Expr node = next.getKey();
      boolean tested = next.getValue();
      if (!seen.get(tested ? 1 : 0).add(node)) {
        continue;
      }
      if (node instanceof Expr.ColumnRef ref) {
        (tested ? conditions : direct).add(new Expr.ColumnRef(ref.input(), ref.column(), null));
      } else if (node instanceof Expr.WholeInput w) {
        w.record().components().forEach(c -> direct.add(new Expr.ColumnRef(w.input(), c.name(), null)));
      }
      List<Expr> operands = ExprGraph.operands(node);
      for (int i = operands.size() - 1; i >= 0; i--) {
        boolean isCondition = node instanceof Expr.Conditional && i == 0;
        pending.push(Map.entry(operands.get(i), tested || isCondition));
      }
    }
  }
}
