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
import dev.joinery.processor.expression.Expr;
import dev.joinery.processor.expression.RuleConditions;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableExpectation;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.ExpectationReader;
import dev.joinery.processor.reading.Javadocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Generates {@code Joinery<Job>}: the job's tables as constants, its steps wired in dependency
 * order, and a {@code main} for {@code spark-submit}.
 */
public final class JobGenerator {
  private static final Pattern FUNCTION_CALL = Pattern.compile("\\borg\\.apache\\.spark\\.sql\\.functions\\.(\\w+)\\(");
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

  private static final ClassName TABLE_RULE = ClassName.get(RUNTIME, "TableRule");

  private final Elements elements;
  private final Catalog catalog;
  private final RuleConditions conditions;

  /** @param catalog the build's tables, for the tables that {@code in} rules look values up in */
  public JobGenerator(Elements elements, Catalog catalog, RuleConditions conditions) {
    this.elements = elements;
    this.catalog = catalog;
    this.conditions = conditions;
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
    List<MethodSpec> ruleConditions = new ArrayList<>();
    for (TableModel table : tables) {
      List<CodeBlock> rules = tableRules(table, names, ruleConditions);
      type.addField(FieldSpec.builder(TABLE_SPEC, names.tableConstant(table), Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Table {@code $L}, declared by {@link $T}.\n", table.name(), ClassName.get(table.record().element()))
          .initializer(tableSpec(table, rules))
          .build());
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
        .addMethods(order.stream().flatMap(s -> WindowCode.windowMethods(s).stream()).toList())
        .addMethods(spigots(order))
        .addMethods(ruleConditions)
        .addMethod(MethodSpec.methodBuilder("main")
            .addJavadoc("Entry point for {@code spark-submit}; takes the options of {@code joinery run}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(String[].class, "args")
            .addStatement("$T.runJob(new $T(), args)", CLI, name)
            .build());
    return withFunctionImports(name.packageName(), type.build());
  }

  /**
   * The runner's file, importing statically exactly the Spark functions its code calls (written
   * once plainly to find them), so it reads {@code col("day")} and has no unused import.
   */
  private static JavaFile withFunctionImports(String packageName, TypeSpec type) {
    // Written with the class's full name, so a step that happens to be called "functions" is no call.
    String plain = JavaFile.builder(packageName, type.toBuilder().alwaysQualify("functions").build())
        .skipJavaLangImports(true).build().toString();
    Set<String> called = new TreeSet<>();
    Matcher call = FUNCTION_CALL.matcher(plain);
    while (call.find()) {
      called.add(call.group(1));
    }
    JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ");
    if (!called.isEmpty()) {
      file.addStaticImport(StepCode.FUNCTIONS, called.toArray(String[]::new));
    }
    return file.build();
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
    order.forEach(step -> {
      code.translatedMethod(step).ifPresent(methods::add);
      methods.addAll(code.namedMethods(step));
    });
    return methods;
  }

  private static String variableOf(JobGraph graph, InputRef input, RunnerNames names) {
    Producer producer = graph.producer(input).orElseThrow();
    return producer instanceof Producer.OfStep step ? names.stepLocal(step.step()) : names.tableLocal(producer.name());
  }


  /**
   * The rules of a table that the schema's metadata cannot carry: row counts, conditions
   * (each a method of the job class returning its Spark form, added to {@code methods}) and {@code
   * in} rules (with the other table's spec).
   */
  private List<CodeBlock> tableRules(TableModel table, RunnerNames names, List<MethodSpec> methods) {
    List<CodeBlock> rules = new ArrayList<>();
    for (Component component : table.record().components()) {
      for (Expectation rule : ExpectationReader.of(component)) {
        if (rule.kind().equals("in")) {
          int dot = rule.in().lastIndexOf('.');
          TableModel other = catalog.byName(rule.in().substring(0, dot)).orElseThrow();
          rules.add(CodeBlock.of("$T.presentIn($S, $S, $S,\n$>$L,\n$S)$<", TABLE_RULE, rule.name(), rule.action(),
              component.name(), tableSpec(other, List.of()), rule.in().substring(dot + 1)));
        }
      }
    }
    for (TableExpectation rule : ExpectationReader.ofTable(table.record())) {
      if (rule.isRowCount()) {
        rules.add(CodeBlock.of("$T.rowCount($S, $S, $LL, $L)", TABLE_RULE, rule.name(), rule.action(), rule.min(),
            rule.max() == Long.MAX_VALUE ? CodeBlock.of("$T.MAX_VALUE", Long.class) : CodeBlock.of("$LL", rule.max())));
        continue;
      }
      Expr condition = conditions.of(rule.method());
      ColumnCode columns = new ColumnCode("rule " + rule.name(), List.of(""), java.util.Arrays.asList((String) null),
          rule.method().getParameters().stream().map(p -> p.getSimpleName().toString()).toList());
      columns.share(List.of(condition));
      CodeBlock holds = columns.filter(condition);
      String ruleMethod = rule.method().getSimpleName().toString();
      String method = names.tableLocal(table.name()) + Character.toUpperCase(ruleMethod.charAt(0))
          + ruleMethod.substring(1) + "Rule";
      methods.add(MethodSpec.methodBuilder(method)
          .addJavadoc("Rule {@code $L} of {@code $L}: {@link $T#$L}, as a Spark condition.\n", rule.name(), table.name(),
              ClassName.get(table.record().element()), rule.method().getSimpleName())
          .addModifiers(Modifier.STATIC)
          .returns(ColumnCode.COLUMN)
          .addCode(columns.locals())
          .addStatement("return $L", holds)
          .build());
      rules.add(CodeBlock.of("$T.condition($S, $S, $L(), $S)", TABLE_RULE, rule.name(), rule.action(), method,
          table.record().simpleName() + "." + rule.method().getSimpleName() + "()"));
    }
    return rules;
  }

  /** {@code new TableSpec(...)} for the table, with {@code rules} when it has any. */
  private CodeBlock tableSpec(TableModel table, List<CodeBlock> rules) {
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
    CodeBlock spec = CodeBlock.of("new $T(\n$>$S,\n$T.$L,\n$S,\n$T.SCHEMA,\n$L,\n$T.optionsOf($L),\n$T.$L,\n$L,\n$S",
        TABLE_SPEC, table.name(), FORMAT, table.format(), table.location(), RowsClass.of(table.record().element()),
        partitions, TABLE_SPEC, CodeBlock.join(options, ", "), MALFORMED_ROWS, table.malformedRows(),
        table.allowEmpty(), Javadocs.firstSentence(elements.getDocComment(table.record().element())));
    // Tables whose data names a column differently (@Column) say so.
    List<CodeBlock> mapped = table.record().components().stream().filter(Component::isMapped)
        .map(c -> CodeBlock.of("$S, $S", c.name(), c.columnName())).toList();
    if (rules.isEmpty() && table.format() != Format.JDBC && mapped.isEmpty()) {
      return CodeBlock.of("$L)$<", spec); // the shorter form for the common table
    }
    CodeBlock ruleList = rules.isEmpty() ? CodeBlock.of("$T.of()", List.class)
        : CodeBlock.of("$T.of(\n$>$L)$<", List.class, CodeBlock.join(rules, ",\n"));
    // Only a database table names a connection (a name: its credentials are resolved when the job runs).
    String connection = table.format() == Format.JDBC ? table.connection() : "";
    CodeBlock columnNames = mapped.isEmpty() ? CodeBlock.of("$T.NONE", COLUMN_NAMES)
        : CodeBlock.of("$T.of($L)", COLUMN_NAMES, CodeBlock.join(mapped, ", "));
    return CodeBlock.of("$L,\n$L,\n$S,\n$L)$<", spec, ruleList, connection, columnNames);
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
