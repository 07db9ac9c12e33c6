package dev.joinery.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.joinery.annotations.JoinType;
import dev.joinery.processor.analysis.CarriedColumns;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.analysis.StepMethods;
import dev.joinery.processor.expression.Expr;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.expression.Translation;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.StepSpec.AggregateColumn;
import dev.joinery.processor.model.StepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The Spark code of one step: a {@code Dataset<Row>} expression over its inputs' variables.
 * Declarative steps (aggregate, union, select, ...) are Column expressions; method steps call
 * the user's method once per row, converting rows to records and back.
 */
final class StepCode {
  static final ClassName FUNCTIONS = ClassName.get("org.apache.spark.sql", "functions");
  private static final ClassName COLUMN = ColumnCode.COLUMN;
  private static final ClassName ENCODERS = ClassName.get("org.apache.spark.sql", "Encoders");
  private static final String API = "org.apache.spark.api.java.function";

  private final JobGraph graph;
  private final Function<InputRef, String> variables;
  private final StepTranslations translations;

  /** @param variables the variable holding each input's rows */
  StepCode(JobGraph graph, Function<InputRef, String> variables, StepTranslations translations) {
    this.graph = graph;
    this.variables = variables;
    this.translations = translations;
  }

  CodeBlock of(Step step) {
    StepSpec spec = step.spec();
    if (spec instanceof StepSpec.Body body) {
      return body(step, body);
    } else if (spec instanceof StepSpec.JoinSpec join) {
      return join(step, join);
    } else if (spec instanceof StepSpec.AggregateSpec aggregate) {
      return aggregate(step, aggregate);
    } else if (spec instanceof StepSpec.UnionSpec) {
      CodeBlock.Builder union = CodeBlock.builder().add("$L", variables.apply(step.inputs().get(0)));
      step.inputs().subList(1, step.inputs().size()).forEach(i -> union.add(".unionByName($L)", variables.apply(i)));
      return union.build();
    } else if (spec instanceof StepSpec.SelectSpec select) {
      return select(step, select);
    } else if (spec instanceof StepSpec.ColumnsSpec columns) {
      return columns(step, columns);
    } else if (spec instanceof StepSpec.SortSpec sort) {
      CodeBlock sorted = CodeBlock.of("$L.orderBy($L)", input(step), sortKeys(sort.keys()));
      return sort.limit() == 0 ? sorted : CodeBlock.of("$L.limit($L)", sorted, sort.limit());
    } else if (spec instanceof StepSpec.DeduplicateSpec deduplicate) {
      return WindowCode.deduplicate(deduplicate, input(step));
    } else if (spec instanceof StepSpec.WindowSpec window) {
      return WindowCode.window(step, window, input(step), graph.output(step).record().orElseThrow().components(),
          outputRows(step));
    } else if (spec instanceof StepSpec.FillSpec fill) {
      return GlueTransformCode.fill(step, fill, input(step), record(step.inputs().get(0)), output(step), outputRows(step));
    } else if (spec instanceof StepSpec.UnboxSpec unbox) {
      return GlueTransformCode.unbox(step, unbox, input(step), record(step.inputs().get(0)), output(step), outputRows(step));
    } else if (spec instanceof StepSpec.RelationalizeSpec flatten) {
      return GlueTransformCode.relationalize(flatten, input(step), record(step.inputs().get(0)), output(step),
          outputRows(step));
    }
    throw new IllegalStateException("no code for " + spec);
  }

  /** {@code col("day").asc(), col("revenue").desc()}: the arguments of an {@code orderBy}. */
  static CodeBlock sortKeys(List<StepSpec.SortKey> keys) {
    List<CodeBlock> columns = new ArrayList<>();
    keys.forEach(k -> columns.add(CodeBlock.of("$T.col($S).$L()", FUNCTIONS, k.column().name(),
        k.descending() ? "desc" : "asc")));
    return CodeBlock.join(columns, ", ");
  }

  private CodeBlock body(Step step, StepSpec.Body body) {
    if (translations.of(step).flatMap(Translation::translated).isPresent()) {
      return step.kind() == StepKind.FILTER
          ? CodeBlock.of("$L.filter($L())", input(step), translatedMethodName(step))
          : selectTranslated(input(step), step);
    }
    ClassName job = ClassName.get(graph.job().element());
    String method = body.method().getSimpleName().toString();
    CodeBlock record = CodeBlock.of("$T.fromRow(row)", rowsOf(step.inputs().get(0)));
    switch (step.kind()) {
      case FILTER:
        return CodeBlock.of("$L.filter(\n$>($T) row -> $T.$L($L))$<", input(step),
            ParameterizedTypeName.get(ClassName.get(API, "FilterFunction"), SparkTypeCode.ROW), job, method, record);
      case FLAT_MAP:
        return CodeBlock.of("$L.flatMap(\n$>($T) row -> $T.rows($T.$L($L), $T::toRow),\n$T.row($T.SCHEMA))$<",
            input(step),
            ParameterizedTypeName.get(ClassName.get(API, "FlatMapFunction"), SparkTypeCode.ROW, SparkTypeCode.ROW),
            SparkTypeCode.VALUES, job, method, record, outputRows(step), ENCODERS, outputRows(step));
      default:
        return mapRows(input(step), CodeBlock.of("$T.$L($L)", job, method, record), step);
    }
  }

  private CodeBlock selectTranslated(CodeBlock input, Step step) {
    return CodeBlock.of("$T.conform($L.select($L()), $T.SCHEMA)", SparkTypeCode.VALUES, input,
        translatedMethodName(step), outputRows(step));
  }

  static String translatedMethodName(Step step) {
    return step.name() + (step.kind() == StepKind.FILTER ? "Condition" : "Columns");
  }

  /**
   * For a translated step, a static method returning its Spark form: the filter's condition, or
   * one aliased column per output component. The runner uses it, and tests can compare it with
   * the Java method it was translated from.
   */
  Optional<MethodSpec> translatedMethod(Step step) {
    Optional<Expr> translated = translations.of(step).flatMap(Translation::translated);
    if (translated.isEmpty()) {
      return Optional.empty();
    }
    ExecutableElement method = step.spec() instanceof StepSpec.Body body ? body.method()
        : ((StepSpec.JoinSpec) step.spec()).method();
    ColumnCode columns = columnCode(step, method);
    MethodSpec.Builder spec = MethodSpec.methodBuilder(translatedMethodName(step))
        .addModifiers(Modifier.STATIC);
    ClassName job = ClassName.get(graph.job().element());
    if (step.kind() == StepKind.FILTER) {
      columns.share(List.of(translated.get()));
      CodeBlock condition = columns.filter(translated.get());
      return Optional.of(spec.addJavadoc("Step {@code $L}: {@link $T#$L}, as a Spark condition.\n", step.name(), job,
              method.getSimpleName())
          .returns(COLUMN)
          .addCode(columns.locals())
          .addStatement("return $L", condition)
          .build());
    }
    RecordModel output = graph.output(step).record().orElseThrow();
    List<CodeBlock> selected = new ArrayList<>();
    List<Component> components = output.components();
    List<Expr> values = Expr.componentValues(translated.get(), output);
    columns.share(values);
    for (int i = 0; i < components.size(); i++) {
      selected.add(CodeBlock.of("$L.as($S)", columns.of(values.get(i)), components.get(i).name()));
    }
    return Optional.of(spec.addJavadoc("Step {@code $L}: {@link $T#$L}, as one Spark column per component of {@link $T}.\n",
            step.name(), job, method.getSimpleName(), ClassName.get(output.element()))
        .returns(ArrayTypeName.of(COLUMN))
        .addCode(columns.locals())
        .addStatement("return new $T[] {\n$>$L$<}", COLUMN, CodeBlock.join(selected, ",\n"))
        .build());
  }

  private ColumnCode columnCode(Step step, ExecutableElement method) {
    List<String> names = parameterNames(method);
    if (!(step.spec() instanceof StepSpec.JoinSpec join)) {
      return new ColumnCode(step.name(), List.of(""), java.util.Arrays.asList((String) null), names);
    }
    boolean leftAbsentable = join.leftMayBeAbsent();
    boolean rightAbsentable = join.rightMayBeAbsent();
    return new ColumnCode(step.name(), List.of("left.", "right."),
        java.util.Arrays.asList(leftAbsentable ? "left." + join.keys().get(0).left().name() : null,
            rightAbsentable ? "right." + join.keys().get(0).right().name() : null),
        names);
  }

  private static List<String> parameterNames(javax.lang.model.element.ExecutableElement method) {
    return method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
  }

  private CodeBlock mapRows(CodeBlock input, CodeBlock call, Step step) {
    return CodeBlock.of("$L.map(\n$>($T) row -> $T.toRow($L),\n$T.row($T.SCHEMA))$<", input,
        ParameterizedTypeName.get(ClassName.get(API, "MapFunction"), SparkTypeCode.ROW, SparkTypeCode.ROW),
        outputRows(step), call, ENCODERS, outputRows(step));
  }

  private CodeBlock join(Step step, StepSpec.JoinSpec join) {
    InputRef left = step.inputs().get(0);
    InputRef right = step.inputs().get(1);
    List<CodeBlock> conditions = new ArrayList<>();
    for (StepSpec.JoinKey key : join.keys()) {
      conditions.add(CodeBlock.of("$T.col($S).equalTo($T.col($S))",
          FUNCTIONS, "left." + key.left().name(), FUNCTIONS, "right." + key.right().name()));
    }
    if (join.hasCondition()) {
      conditions.add(CodeBlock.of("$L()", namedMethodName(step, join.where().name())));
    }
    CodeBlock joined = conditions.isEmpty()
        ? CodeBlock.of("$L.as($S).crossJoin(\n$>$L.as($S))$<", variables.apply(left), "left", variables.apply(right), "right")
        : CodeBlock.of("$L.as($S).join(\n$>$L.as($S),\n$L,\n$S)$<", variables.apply(left), "left",
            variables.apply(right), "right", conditions.stream().reduce((a, b) -> CodeBlock.of("$L\n.and($L)", a, b))
                .orElseThrow(), sparkJoinType(join.type()));
    if (join.method() == null) {
      return join.type() == JoinType.SEMI || join.type() == JoinType.ANTI ? joined : carried(step, join, joined);
    }
    if (translations.of(step).flatMap(Translation::translated).isPresent()) {
      return selectTranslated(joined, step);
    }
    RecordModel leftRecord = record(left);
    CodeBlock leftValue = side(left, leftRecord, 0, absentKey(join, true), join.leftMayBeAbsent());
    CodeBlock rightValue = side(right, record(right), leftRecord.components().size(), absentKey(join, false),
        join.rightMayBeAbsent());
    CodeBlock call = CodeBlock.of("$T.$L(\n$>$L,\n$L)$<", ClassName.get(graph.job().element()),
        join.method().getSimpleName(), leftValue, rightValue);
    return mapRows(joined, call, step);
  }

  /** A field join's output: each component taken from the side that has it (a shared key from whichever side matched). */
  private CodeBlock carried(Step step, StepSpec.JoinSpec join, CodeBlock joined) {
    RecordModel left = record(step.inputs().get(0));
    RecordModel right = record(step.inputs().get(1));
    List<CodeBlock> columns = new ArrayList<>();
    for (Component target : graph.output(step).record().orElseThrow().components()) {
      CarriedColumns.Source source = CarriedColumns.of(target, join, left, right).orElseThrow();
      CodeBlock column;
      if (source.side() == CarriedColumns.Side.RIGHT
          || source.side() == CarriedColumns.Side.KEY && join.type() == JoinType.RIGHT) {
        column = CodeBlock.of("$T.col($S)", FUNCTIONS, "right." + source.column());
      } else if (source.side() == CarriedColumns.Side.KEY && join.type() == JoinType.FULL) {
        column = CodeBlock.of("$T.coalesce($T.col($S), $T.col($S))", FUNCTIONS, FUNCTIONS, "left." + source.column(),
            FUNCTIONS, "right." + source.column());
      } else {
        column = CodeBlock.of("$T.col($S)", FUNCTIONS, "left." + source.column());
      }
      columns.add(CodeBlock.of("$L.as($S)", column, target.name()));
    }
    return CodeBlock.of("$T.conform(\n$>$L.select(\n$>$L),$<\n$T.SCHEMA)$<", SparkTypeCode.VALUES, joined,
        CodeBlock.join(columns, ",\n"), outputRows(step));
  }

  /** A key column of one side, null exactly where an outer join found that side no match; none for a cross join, which is never outer. */
  private static String absentKey(StepSpec.JoinSpec join, boolean left) {
    if (join.keys().isEmpty()) {
      return null;
    }
    StepSpec.JoinKey key = join.keys().get(0);
    return (left ? key.left() : key.right()).name();
  }

  /** The generated method holding a job method's translation for a step, as in {@code volumeDifferentSupplier}. */
  static String namedMethodName(Step step, String method) {
    return step.name() + Character.toUpperCase(method.charAt(0)) + method.substring(1);
  }

  /** For each job method the step names, a static method returning its Spark form. */
  List<MethodSpec> namedMethods(Step step) {
    List<MethodSpec> methods = new ArrayList<>();
    if (step.spec() instanceof StepSpec.AggregateSpec aggregate) {
      for (AggregateColumn column : aggregate.aggregates()) {
        if (computed(step, column)) {
          namedMethod(step, column.source().name(), false).ifPresent(methods::add);
        }
        namedMethod(step, column.when().name(), true).ifPresent(methods::add);
      }
    } else if (step.spec() instanceof StepSpec.JoinSpec join && join.hasCondition()) {
      namedMethod(step, join.where().name(), true).ifPresent(methods::add);
    }
    return methods.stream().distinct().toList();
  }

  /** Whether an aggregate reads a job method's value rather than a component of its input. */
  private boolean computed(Step step, AggregateColumn column) {
    return !column.countsRows() && record(step.inputs().get(0)).component(column.source().name()).isEmpty();
  }

  private Optional<MethodSpec> namedMethod(Step step, String name, boolean condition) {
    Optional<Expr> translated = name.isEmpty() ? Optional.empty() : translations.named(step, name);
    if (translated.isEmpty()) {
      return Optional.empty();
    }
    boolean join = step.spec() instanceof StepSpec.JoinSpec;
    ExecutableElement method = StepMethods.find(graph, name).orElseThrow();
    ColumnCode columns = new ColumnCode(step.name(), join ? List.of("left.", "right.") : List.of(""),
        java.util.Arrays.asList(new String[join ? 2 : 1]), parameterNames(method));
    columns.share(List.of(translated.get()));
    CodeBlock value = condition ? columns.filter(translated.get()) : columns.of(translated.get());
    return Optional.of(MethodSpec.methodBuilder(namedMethodName(step, name))
        .addModifiers(Modifier.STATIC)
        .addJavadoc("Step {@code $L}: {@link $T#$L}, as a Spark $L.\n", step.name(), ClassName.get(graph.job().element()),
            name, condition ? "condition" : "column")
        .returns(COLUMN)
        .addCode(columns.locals())
        .addStatement("return $L", value)
        .build());
  }

  /** One side of a joined row; on the outer side of an outer join, null where its key column is null (no match). */
  private CodeBlock side(InputRef input, RecordModel record, int offset, String key, boolean mayBeAbsent) {
    CodeBlock read = CodeBlock.of("$T.fromRow(row, $L)", rowsOf(input), offset);
    if (!mayBeAbsent) {
      return read;
    }
    int keyIndex = offset + record.componentNames().indexOf(key);
    return CodeBlock.of("row.isNullAt($L) ? null : $L", keyIndex, read);
  }

  private static String sparkJoinType(JoinType type) {
    switch (type) {
      case INNER: return "inner";
      case LEFT: return "left_outer";
      case RIGHT: return "right_outer";
      case FULL: return "full_outer";
      case SEMI: return "left_semi";
      case CROSS: return "cross";
      default: return "left_anti";
    }
  }

  private CodeBlock aggregate(Step step, StepSpec.AggregateSpec spec) {
    List<CodeBlock> keys = new ArrayList<>();
    spec.groupBy().forEach(k -> keys.add(CodeBlock.of("$T.col($S)", FUNCTIONS, k.name())));
    List<CodeBlock> aggregates = new ArrayList<>();
    for (AggregateColumn column : spec.aggregates()) {
      aggregates.add(CodeBlock.of("$L.as($S)", aggregateFunction(step, column), column.output().name()));
    }
    if (aggregates.isEmpty()) {
      // Group-by keys and nothing aggregated: the distinct key combinations.
      return CodeBlock.of("$T.conform(\n$>$L\n.select($L)\n.distinct(),\n$T.SCHEMA)$<", SparkTypeCode.VALUES,
          input(step), CodeBlock.join(keys, ", "), outputRows(step));
    }
    return CodeBlock.of("$T.conform(\n$>$L\n.groupBy($L)\n.agg($L),\n$T.SCHEMA)$<", SparkTypeCode.VALUES,
        input(step), CodeBlock.join(keys, ", "), CodeBlock.join(aggregates, ",\n"),
        outputRows(step));
  }

  private CodeBlock aggregateFunction(Step step, AggregateColumn column) {
    CodeBlock source = column.countsRows() ? CodeBlock.of("$T.lit(1)", FUNCTIONS)
        : computed(step, column) ? CodeBlock.of("$L()", namedMethodName(step, column.source().name()))
        : CodeBlock.of("$T.col($S)", FUNCTIONS, column.source().name());
    if (!column.when().name().isEmpty()) {
      // Rows the condition leaves out become null, which every aggregate skips (SUM(CASE WHEN ... END)).
      source = CodeBlock.of("$T.when($L(), $L)", FUNCTIONS, namedMethodName(step, column.when().name()), source);
    }
    return aggregateFunction(column, source);
  }

  /** A window's running aggregate: of a column, over every row of the frame. */
  static CodeBlock aggregateFunction(AggregateColumn column) {
    return aggregateFunction(column, column.countsRows() ? CodeBlock.of("$T.lit(1)", FUNCTIONS)
        : CodeBlock.of("$T.col($S)", FUNCTIONS, column.source().name()));
  }

  private static CodeBlock aggregateFunction(AggregateColumn column, CodeBlock source) {
    switch (column.function()) {
      case COUNT:
        return CodeBlock.of("$T.count($L)", FUNCTIONS, source);
      case COUNT_DISTINCT: return CodeBlock.of("$T.count_distinct($L)", FUNCTIONS, source);
      case SUM: return CodeBlock.of("$T.sum($L)", FUNCTIONS, source);
      case MIN: return CodeBlock.of("$T.min($L)", FUNCTIONS, source);
      case MAX: return CodeBlock.of("$T.max($L)", FUNCTIONS, source);
      default: return CodeBlock.of("$T.avg($L)", FUNCTIONS, source);
    }
  }

  private CodeBlock select(Step step, StepSpec.SelectSpec select) {
    Map<String, String> renames = new java.util.LinkedHashMap<>();
    select.renames().forEach(r -> renames.put(r.output().name(), r.input().name()));
    List<CodeBlock> columns = new ArrayList<>();
    for (Component target : graph.output(step).record().orElseThrow().components()) {
      String source = renames.getOrDefault(target.name(), target.name());
      columns.add(source.equals(target.name())
          ? CodeBlock.of("$T.col($S)", FUNCTIONS, source)
          : CodeBlock.of("$T.col($S).as($S)", FUNCTIONS, source, target.name()));
    }
    return CodeBlock.of("$T.conform(\n$>$L.select(\n$>$L),$<\n$T.SCHEMA)$<", SparkTypeCode.VALUES, input(step),
        CodeBlock.join(columns, ",\n"), outputRows(step));
  }

  /** Drop nulls. */
  private CodeBlock columns(Step step, StepSpec.ColumnsSpec spec) {
    List<String> names = spec.columns().stream().map(c -> c.name()).toList();
    List<String> checked = names.isEmpty()
        ? record(step.inputs().get(0)).components().stream().filter(c -> c.type().nullable()).map(Component::name).toList()
        : names;
    if (checked.isEmpty()) {
      return input(step); // no component can be null
    }
    return CodeBlock.of("$L.na().drop($L)", input(step),
        checked.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", ", "new String[] {", "}")));
  }

  private CodeBlock input(Step step) {
    return CodeBlock.of("$L", variables.apply(step.inputs().get(0)));
  }

  private RecordModel record(InputRef input) {
    return graph.producer(input).flatMap(Producer::record).orElseThrow();
  }

  private ClassName rowsOf(InputRef input) {
    return RowsClass.of(record(input).element());
  }

  private RecordModel output(Step step) {
    return graph.output(step).record().orElseThrow();
  }

  private ClassName outputRows(Step step) {
    return RowsClass.of(graph.output(step).record().orElseThrow().element());
  }
}
