package dev.joinery.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinery.annotations.Format;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.reading.Javadocs;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Generates {@code Joinery<Job>}: the job's tables as constants, its steps wired in dependency
 * order, and a {@code main} for {@code spark-submit}.
 */
public final class JobGenerator {
  private static final String RUNTIME = "dev.joinery.runtime";
  private static final ClassName JOINERY_JOB = ClassName.get(RUNTIME, "JoineryJob");
  private static final ClassName JOB_RUN = ClassName.get(RUNTIME, "JobRun");
  private static final ClassName TABLE_SPEC = ClassName.get(RUNTIME, "TableSpec");
  private static final ClassName COLUMN_NAMES = ClassName.get(RUNTIME, "ColumnNames");
  private static final ClassName SINK_SPEC = ClassName.get(RUNTIME, "SinkSpec");
  private static final ClassName SPIGOT = ClassName.get(RUNTIME, "Spigot");
  private static final ClassName CLI = ClassName.get("dev.joinery.cli", "JoineryCli");
  private static final ClassName DATASET = ClassName.get("org.apache.spark.sql", "Dataset");
  private static final TypeName ROWS = ParameterizedTypeName.get(DATASET, SparkTypeCode.ROW);
  private static final ClassName FORMAT = ClassName.get("dev.joinery.annotations", "Format");
  private static final ClassName MALFORMED_ROWS = ClassName.get("dev.joinery.annotations", "MalformedRows");
  private static final ClassName WRITE_MODE = ClassName.get("dev.joinery.annotations", "WriteMode");

  private final Elements elements;

  public JobGenerator(Elements elements) {
    this.elements = elements;
  }

  public JavaFile generate(JobGraph graph, StepTranslations translations) {
    JobModel job = graph.job();
    ClassName name = RowsClass.jobOf(job.element());
    List<Step> order = graph.order();
    List<TableModel> sources = graph.sources();
    List<TableModel> sinks = new ArrayList<>();
    order.forEach(s -> s.sink().ifPresent(x -> sinks.add(graph.sinkTable(s))));
    List<TableModel> tables = new ArrayList<>(sources);
    sinks.stream().filter(t -> !tables.contains(t)).forEach(tables::add);
    RunnerNames names = new RunnerNames(graph, tables);

    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("Runs job {@code $L}, defined by {@link $T}.\n", job.name(), ClassName.get(job.element()))
        .addAnnotation(Generated.annotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(JOINERY_JOB);
    for (TableModel table : tables) {
      type.addField(tableConstant(table, names));
    }
    for (Step step : order) {
      step.sink().ifPresent(sink -> type.addField(FieldSpec.builder(SINK_SPEC, names.sinkConstant(step),
              Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S, $L, $T.$L)", SINK_SPEC, step.name(), names.tableConstant(graph.sinkTable(step)),
              WRITE_MODE, sink.mode())
          .build()));
    }
    type.addMethod(getter("name", TypeName.get(String.class), CodeBlock.of("$S", job.name())))
        .addMethod(getter("description", TypeName.get(String.class), CodeBlock.of("$S", job.description())))
        .addMethod(getter("schedule", TypeName.get(String.class), CodeBlock.of("$S", job.schedule())))
        .addMethod(getter("steps", list(ClassName.get(String.class)),
            listOf(order.stream().map(s -> CodeBlock.of("$S", s.name())).toList())))
        .addMethod(getter("sources", list(TABLE_SPEC),
            listOf(sources.stream().map(t -> CodeBlock.of("$L", names.tableConstant(t))).toList())))
        .addMethod(getter("sinks", list(SINK_SPEC),
            listOf(order.stream().filter(s -> s.sink().isPresent()).map(s -> CodeBlock.of("$L", names.sinkConstant(s))).toList())))
        .addMethods(job.bookmarks().isEmpty() ? List.of() : List.of(getter("bookmarked", list(ClassName.get(String.class)),
            listOf(job.bookmarks().stream().map(b -> CodeBlock.of("$S", b)).toList()))))
        .addMethod(run(graph, order, sources, translations, names))
        .addMethods(translatedSteps(graph, order, translations))
        .addMethods(spigots(order))
        .addMethod(MethodSpec.methodBuilder("main")
            .addJavadoc("Entry point for {@code spark-submit}; takes the options of {@code joinery run}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String[].class, "args")
            .addStatement("$T.runJob(new $T(), args)", CLI, name)
            .build());
    return JavaFile.builder(name.packageName(), type.build())
        .addStaticImport(StepCode.FUNCTIONS, "col", "lit", "count", "count_distinct", "sum", "min", "max", "avg",
            "when", "not", "coalesce", "raise_error", "isnan", "concat", "struct", "negate", "pmod", "shiftleft",
            "shiftright", "call_function", "length", "upper", "lower", "year", "month", "dayofmonth", "date_add",
            "to_date", "greatest", "least", "abs")
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private MethodSpec run(JobGraph graph, List<Step> order, List<TableModel> sources, StepTranslations translations,
      RunnerNames names) {
    MethodSpec.Builder run = MethodSpec.methodBuilder("run")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(JOB_RUN, "run");
    for (TableModel table : sources) {
      run.addStatement("$T $L = run.read($L)", ROWS, names.tableLocal(table.name()), names.tableConstant(table));
    }
    StepCode code = new StepCode(graph, input -> variableOf(graph, input, names), translations);
    for (Step step : order) {
      String javadoc = Javadocs.firstSentence(elements.getDocComment(step.element()));
      run.addCode("\n");
      if (!javadoc.isEmpty()) {
        // javac reads unicode escapes even in comments, so a backslash copied from the Javadoc
        // (say, before a "u") must not start one here: doubled, it cannot.
        run.addComment("$L", javadoc.replace("\\", "\\\\"));
      }
      String kind = step.kind().label() + (translations.runsOnJvm(step) ? ", JVM" : "");
      run.addStatement("$T $L = run.step($S, $S,\n$>$L)$<", ROWS, names.stepLocal(step), step.name(), kind, code.of(step));
    }
    for (Step step : order) {
      step.sink().ifPresent(sink -> run.addStatement("run.write($L, $L)", names.sinkConstant(step), names.stepLocal(step)));
    }
    return run.build();
  }

  private static List<MethodSpec> translatedSteps(JobGraph graph, List<Step> order, StepTranslations translations) {
    StepCode code = new StepCode(graph, input -> "", translations);
    List<MethodSpec> methods = new ArrayList<>();
    order.forEach(step -> code.translatedMethod(step).ifPresent(methods::add));
    return methods;
  }

  private static String variableOf(JobGraph graph, InputRef input, RunnerNames names) {
    Producer producer = graph.producer(input).orElseThrow();
    return producer instanceof Producer.OfStep step ? names.stepLocal(step.step()) : names.tableLocal(producer.name());
  }


  private FieldSpec tableConstant(TableModel table, RunnerNames names) {
    List<CodeBlock> options = new ArrayList<>();
    if (table.format() == Format.CSV) {
      options.add(CodeBlock.of("$S, $S", "header", String.valueOf(table.header())));
      options.add(CodeBlock.of("$S, $S", "sep", table.delimiter()));
    }
    for (NameRef option : table.options()) {
      int eq = option.name().indexOf('=');
      options.add(CodeBlock.of("$S, $S", option.name().substring(0, eq).strip(), option.name().substring(eq + 1).strip()));
    }
    CodeBlock partitions = listOf(table.partitionBy().stream().map(p -> CodeBlock.of("$S", p.name())).toList());
    // Tables whose data names a column differently (@Column) say so; the others keep the shorter form.
    List<CodeBlock> mapped = table.record().components().stream().filter(Component::isMapped)
        .map(c -> CodeBlock.of("$S, $S", c.name(), c.columnName())).toList();
    CodeBlock columnNames = mapped.isEmpty() ? CodeBlock.of("")
        : CodeBlock.of(",\n$T.of($L)", COLUMN_NAMES, CodeBlock.join(mapped, ", "));
    return FieldSpec.builder(TABLE_SPEC, names.tableConstant(table), Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Table {@code $L}, declared by {@link $T}.\n", table.name(), ClassName.get(table.record().element()))
        .initializer("new $T(\n$>$S,\n$T.$L,\n$S,\n$T.SCHEMA,\n$L,\n$T.optionsOf($L),\n$T.$L,\n$L,\n$S$L)$<",
            TABLE_SPEC, table.name(), FORMAT, table.format(), table.location(), RowsClass.of(table.record().element()),
            partitions, TABLE_SPEC, CodeBlock.join(options, ", "), MALFORMED_ROWS, table.malformedRows(),
            table.allowEmpty(), Javadocs.firstSentence(elements.getDocComment(table.record().element())), columnNames)
        .build();
  }

  /** The steps' {@code @Spigot}s, when there are any; otherwise the interface's empty default stands. */
  private static List<MethodSpec> spigots(List<Step> order) {
    List<CodeBlock> spigots = order.stream().filter(s -> s.spigot().isPresent())
        .map(s -> CodeBlock.of("new $T($S, $L, $L, $LL)", SPIGOT, s.name(), s.spigot().get().rows(),
            s.spigot().get().fraction(), s.spigot().get().seed()))
        .toList();
    return spigots.isEmpty() ? List.of() : List.of(getter("spigots", list(SPIGOT), listOf(spigots)));
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }

  private static CodeBlock listOf(List<CodeBlock> items) {
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
  }

  private static TypeName list(ClassName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }
}
