package dev.joinery.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.AggregateColumn;
import dev.joinery.processor.model.StepSpec.WindowColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The Spark code of window steps and of deduplication that keeps each key's first row in an
 * order. A window step selects its input's columns and window functions over one window, which
 * the runner declares once in a method of its own ({@code <step>Window()}).
 */
final class WindowCode {
  static final ClassName WINDOW = ClassName.get("org.apache.spark.sql.expressions", "Window");
  private static final ClassName WINDOW_SPEC = ClassName.get("org.apache.spark.sql.expressions", "WindowSpec");
  /**
   * The row number column that picks the row a deduplication keeps; '#' keeps it from being a
   * component's name, and it is dropped before anyone sees it.
   */
  private static final String KEPT_ROW = "#row_number";

  private WindowCode() {}

  static String windowMethodName(Step step) {
    return step.name() + "Window";
  }

  static String frameMethodName(Step step) {
    return step.name() + "RunningFrame";
  }

  /**
   * For a window step, the method returning its window (partition and order), and with an order
   * and running aggregates, the method returning their frame.
   */
  static List<MethodSpec> windowMethods(Step step) {
    if (!(step.spec() instanceof StepSpec.WindowSpec spec)) {
      return List.of();
    }
    String order = spec.orderBy().isEmpty() ? ""
        : " ordered by " + spec.orderBy().stream().map(StepSpec.SortKey::shown).collect(Collectors.joining(", "));
    String partition = spec.partitionBy().isEmpty() ? "one partition of all rows"
        : "partitioned by " + spec.partitionBy().stream().map(NameRef::name).collect(Collectors.joining(", "));
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(MethodSpec.methodBuilder(windowMethodName(step))
        .addModifiers(Modifier.STATIC)
        .addJavadoc("Step {@code $L}: its window, $L$L.\n", step.name(), partition, order)
        .returns(WINDOW_SPEC)
        .addStatement("return $L", window(spec.partitionBy(), spec.orderBy()))
        .build());
    if (hasFrame(spec)) {
      // RANGE, SQL's default with an order: rows that tie in the order get the same running value,
      // whatever order Spark meets them in; ROWS would give ties values that change from run to run.
      methods.add(MethodSpec.methodBuilder(frameMethodName(step))
          .addModifiers(Modifier.STATIC)
          .addJavadoc("Step {@code $L}: the rows its running aggregates cover, from the partition's first up to the"
              + " current row and the rows that tie with it.\n", step.name())
          .returns(WINDOW_SPEC)
          .addStatement("return $L().rangeBetween($T.unboundedPreceding(), $T.currentRow())", windowMethodName(step),
              WINDOW, WINDOW)
          .build());
    }
    return methods;
  }

  private static boolean hasFrame(StepSpec.WindowSpec spec) {
    return !spec.orderBy().isEmpty() && !spec.aggregates().isEmpty();
  }

  /** Every input row with the output's copied columns and its window functions, in the output record's order. */
  static CodeBlock window(Step step, StepSpec.WindowSpec spec, CodeBlock input, List<Component> output,
      ClassName outputRows) {
    CodeBlock window = CodeBlock.of("$L()", windowMethodName(step));
    // Without an order, the whole partition.
    CodeBlock frame = hasFrame(spec) ? CodeBlock.of("$L()", frameMethodName(step)) : window;
    Map<Component, CodeBlock> computed = new HashMap<>();
    for (WindowColumn column : spec.functions()) {
      computed.put(column.output(), CodeBlock.of("$L.over($L)", function(column), window));
    }
    for (AggregateColumn column : spec.aggregates()) {
      computed.put(column.output(), CodeBlock.of("$L.over($L)", StepCode.aggregateFunction(column), frame));
    }
    List<CodeBlock> columns = new ArrayList<>();
    for (Component component : output) {
      CodeBlock value = computed.get(component);
      columns.add(value == null ? CodeBlock.of("$T.col($S)", StepCode.FUNCTIONS, component.name())
          : CodeBlock.of("$L.as($S)", value, component.name()));
    }
    return CodeBlock.of("$T.conform(\n$>$L.select(\n$>$L),$<\n$T.SCHEMA)$<", SparkTypeCode.VALUES, input,
        CodeBlock.join(columns, ",\n"), outputRows);
  }

  /**
   * One row per key. With an order to keep by, each key's first row in it: numbered over a window
   * by key, kept where the number is 1; without one, any row, as Spark's {@code dropDuplicates}.
   */
  static CodeBlock deduplicate(StepSpec.DeduplicateSpec spec, CodeBlock input) {
    if (spec.keep().isEmpty()) {
      CodeBlock names = spec.keys().stream().map(k -> CodeBlock.of("$S", k.name()))
          .collect(CodeBlock.joining(", ", "new String[] {", "}"));
      return spec.keys().isEmpty() ? CodeBlock.of("$L.dropDuplicates()", input)
          : CodeBlock.of("$L.dropDuplicates($L)", input, names);
    }
    return CodeBlock.of("$L\n$>.withColumn($S, $T.row_number().over(\n$>$L))$<\n.where($T.col($S).equalTo(1))\n.drop($S)$<",
        input, KEPT_ROW, StepCode.FUNCTIONS, window(spec.keys(), spec.keep()), StepCode.FUNCTIONS, KEPT_ROW,
        KEPT_ROW);
  }

  private static CodeBlock window(List<NameRef> partitionBy, List<StepSpec.SortKey> orderBy) {
    CodeBlock partition = partitionBy.stream().map(k -> CodeBlock.of("$T.col($S)", StepCode.FUNCTIONS, k.name()))
        .collect(CodeBlock.joining(", "));
    if (orderBy.isEmpty()) {
      return CodeBlock.of("$T.partitionBy($L)", WINDOW, partition);
    }
    CodeBlock order = StepCode.sortKeys(orderBy);
    return partitionBy.isEmpty() ? CodeBlock.of("$T.orderBy($L)", WINDOW, order)
        : CodeBlock.of("$T.partitionBy($L).orderBy($L)", WINDOW, partition, order);
  }

  private static CodeBlock function(WindowColumn column) {
    switch (column.function()) {
      case ROW_NUMBER: return CodeBlock.of("$T.row_number()", StepCode.FUNCTIONS);
      case RANK: return CodeBlock.of("$T.rank()", StepCode.FUNCTIONS);
      case DENSE_RANK: return CodeBlock.of("$T.dense_rank()", StepCode.FUNCTIONS);
      case LAG: return CodeBlock.of("$T.lag($T.col($S), $L)", StepCode.FUNCTIONS, StepCode.FUNCTIONS,
          column.source().name(), column.offset());
      default: return CodeBlock.of("$T.lead($T.col($S), $L)", StepCode.FUNCTIONS, StepCode.FUNCTIONS,
          column.source().name(), column.offset());
    }
  }
}
