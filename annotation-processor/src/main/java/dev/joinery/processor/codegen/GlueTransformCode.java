package dev.joinery.processor.codegen;

import static dev.joinery.processor.codegen.StepCode.FUNCTIONS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.processor.analysis.FlattenedColumns;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.Fill;
import dev.joinery.processor.model.StepSpec.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Spark code of Glue's typed transforms: {@code @FillMissing}, {@code @Unbox} and
 * {@code @Relationalize}, each a Column expression over its input's variable (no JVM code per row).
 */
final class GlueTransformCode {
  private static final ClassName STRUCT_TYPE = ClassName.get("org.apache.spark.sql.types", "StructType");
  /** The column the one-row table of statistics is joined under, so its names cannot meet the input's. */
  private static final String STATISTICS = "__statistics";
  private static final String PARSED = "__parsed";
  private static final String CORRUPT = "__corrupt";

  private GlueTransformCode() {}

  /**
   * Nulls replaced by a literal cast to the column's type, or by a statistic: the statistics are
   * one aggregate over the input, cross-joined as a single row (Spark broadcasts it), so the step
   * stays one lazy plan that reads its input twice.
   */
  static CodeBlock fill(Step step, StepSpec.FillSpec spec, CodeBlock input, RecordModel in, RecordModel out,
      ClassName outputRows) {
    List<CodeBlock> statistics = new ArrayList<>();
    List<CodeBlock> columns = new ArrayList<>();
    for (Component target : out.components()) {
      Optional<Fill> fill = spec.fills().stream().filter(f -> f.column().name().equals(target.name())).findFirst();
      if (fill.isEmpty()) {
        columns.add(CodeBlock.of("$T.col($S)", FUNCTIONS, target.name()));
        continue;
      }
      ColumnType type = in.component(target.name()).orElseThrow().type();
      CodeBlock dataType = SparkTypeCode.dataType(type);
      CodeBlock value;
      if (fill.get().statistic() == null) {
        value = CodeBlock.of("$T.lit($S).cast($L)", FUNCTIONS, fill.get().literal(), dataType);
      } else {
        statistics.add(CodeBlock.of("$L.as($S)", statistic(fill.get().statistic(), target.name(), type), target.name()));
        value = CodeBlock.of("$T.col($S).cast($L)", FUNCTIONS, STATISTICS + "." + target.name(), dataType);
        if (!target.type().nullable()) {
          // Every value null: no statistic, and the output column cannot hold null.
          value = CodeBlock.of("$L, $T.raise_error($T.lit($S))", value, FUNCTIONS, FUNCTIONS, "Step '" + step.name()
              + "' (@FillMissing): column " + target.name() + " has no non-null value to take the "
              + fill.get().statistic().name().toLowerCase(Locale.ROOT) + " of, and " + out.simpleName() + "."
              + target.name() + " cannot be null");
        }
      }
      columns.add(CodeBlock.of("$T.coalesce($T.col($S), $L).as($S)", FUNCTIONS, FUNCTIONS, target.name(), value,
          target.name()));
    }
    CodeBlock rows = statistics.isEmpty() ? input
        : CodeBlock.of("$L.crossJoin(\n$>$L.agg(\n$>$L)$<\n.select($T.struct($T.col(\"*\")).as($S)))$<", input, input,
            CodeBlock.join(statistics, ",\n"), FUNCTIONS, FUNCTIONS, STATISTICS);
    return conform(rows, columns, outputRows);
  }

  /**
   * One statistic of a column's non-null values. Means and medians of integers are rounded half up
   * (a mean of 2.5 items fills 3); medians are exact (Spark's {@code median}, the middle value or
   * the mean of the two middle values); the mode breaks ties by the smallest value.
   */
  private static CodeBlock statistic(Statistic statistic, String column, ColumnType type) {
    CodeBlock col = CodeBlock.of("$T.col($S)", FUNCTIONS, column);
    CodeBlock value;
    switch (statistic) {
      case MEAN: value = CodeBlock.of("$T.avg($L)", FUNCTIONS, col); break;
      case MEDIAN: value = CodeBlock.of("$T.median($L)", FUNCTIONS, col); break;
      case MODE: return CodeBlock.of("$T.mode($L, true)", FUNCTIONS, col);
      case MIN: return CodeBlock.of("$T.min($L)", FUNCTIONS, col);
      default: return CodeBlock.of("$T.max($L)", FUNCTIONS, col);
    }
    return type.isIntegral() ? CodeBlock.of("$T.round($L)", FUNCTIONS, value) : value;
  }

  /**
   * The JSON text parsed with the output component's schema. The text is wrapped as
   * {@code {"value": ...}} so lists and maps parse like records, and read with a corrupt-record
   * column, which Spark fills exactly when the text is not JSON of that shape.
   */
  static CodeBlock unbox(Step step, StepSpec.UnboxSpec spec, CodeBlock input, RecordModel in, RecordModel out,
      ClassName outputRows) {
    String column = spec.column().name();
    Component target = out.component(column).orElseThrow();
    CodeBlock schema = CodeBlock.of("new $T()\n$>.add($S, $L)\n.add($S, $T.StringType)$<", STRUCT_TYPE, "value",
        SparkTypeCode.dataType(target.type()), CORRUPT, SparkTypeCode.DATA_TYPES);
    CodeBlock parsed = CodeBlock.of("$L.withColumn($S, $T.from_json(\n$>$T.concat($T.lit($S), $T.col($S), $T.lit($S)),\n"
            + "$L,\n$T.of($S, $S, $S, $S)))$<", input, PARSED, FUNCTIONS, FUNCTIONS, FUNCTIONS, "{\"value\":",
        FUNCTIONS, column, FUNCTIONS, "}", schema, Map.class, "mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT);
    CodeBlock corrupt = CodeBlock.of("$T.col($S).isNotNull()", FUNCTIONS, PARSED + "." + CORRUPT);
    CodeBlock value = CodeBlock.of("$T.col($S)", FUNCTIONS, PARSED + ".value");
    CodeBlock rows = parsed;
    if (spec.malformed() == MalformedRows.SKIP) {
      rows = CodeBlock.of("$L\n.filter($T.not($L))", parsed, FUNCTIONS, corrupt);
    } else {
      value = CodeBlock.of("$T.when($L, $T.raise_error($T.concat($T.lit($S), $T.substring($T.col($S), 1, 200))))"
              + ".otherwise($L)", FUNCTIONS, corrupt, FUNCTIONS, FUNCTIONS, FUNCTIONS, "Step '" + step.name()
              + "' (@Unbox): column " + column + " of " + in.simpleName() + " holds a value that is not JSON of "
              + target.type().sqlName() + ": ", FUNCTIONS, FUNCTIONS, column, value);
    }
    List<CodeBlock> columns = new ArrayList<>();
    for (Component c : out.components()) {
      columns.add(c.name().equals(column) ? CodeBlock.of("$L.as($S)", value, column)
          : CodeBlock.of("$T.col($S)", FUNCTIONS, c.name()));
    }
    return conform(rows, columns, outputRows);
  }

  /**
   * Nested paths selected under their output names, after exploding the list, if any, into
   * {@code __element} ({@code explode_outer} when empty lists keep their row).
   */
  static CodeBlock relationalize(StepSpec.RelationalizeSpec spec, CodeBlock input, RecordModel in, RecordModel out,
      ClassName outputRows) {
    FlattenedColumns flattened = FlattenedColumns.of(in, spec);
    CodeBlock rows = flattened.exploded()
        .map(list -> CodeBlock.of("$L.withColumn($S, $T.$L($T.col($S)))", input, FlattenedColumns.ELEMENT,
            FUNCTIONS, spec.keepEmpty() ? "explode_outer" : "explode", FUNCTIONS, list.sparkColumn()))
        .orElse(input);
    List<CodeBlock> columns = new ArrayList<>();
    for (Component target : out.components()) {
      FlattenedColumns.Path source = flattened.source(spec.renames(), target.name());
      columns.add(CodeBlock.of("$T.col($S).as($S)", FUNCTIONS, source.sparkColumn(), target.name()));
    }
    return conform(rows, columns, outputRows);
  }


  private static CodeBlock conform(CodeBlock rows, List<CodeBlock> columns, ClassName outputRows) {
    return CodeBlock.of("$T.conform(\n$>$L.select(\n$>$L),$<\n$T.SCHEMA)$<", SparkTypeCode.VALUES, rows,
        CodeBlock.join(columns, ",\n"), outputRows);
  }
}
