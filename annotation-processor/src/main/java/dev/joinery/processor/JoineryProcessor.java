package dev.joinery.processor;

import com.google.auto.service.AutoService;
import dev.joinery.annotations.Format;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.codegen.JobGenerator;
import dev.joinery.processor.codegen.JobRegistryWriter;
import dev.joinery.processor.codegen.RowCodecGenerator;
import dev.joinery.processor.codegen.RowsClass;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.diagram.dot.DotRenderer;
import dev.joinery.diagram.svg.SvgBatch;
import dev.joinery.processor.diagram.DiagramIndex;
import dev.joinery.processor.diagram.JobDiagrams;
import dev.joinery.processor.expression.BodyReader;
import dev.joinery.processor.expression.HandWrittenMembers;
import dev.joinery.processor.lineage.JobLineage;
import dev.joinery.processor.lineage.LineageJson;
import dev.joinery.processor.lineage.StepLineage;
import dev.joinery.processor.lineage.StepLineageAnalyzer;
import dev.joinery.processor.expression.RuleConditions;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.expression.Translation;
import com.sun.source.util.Trees;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import dev.joinery.processor.reading.JobReader;
import dev.joinery.processor.reading.RecordReader;
import dev.joinery.processor.reading.TableIndex;
import dev.joinery.processor.reading.TableReader;
import dev.joinery.processor.reading.Unresolved;
import dev.joinery.processor.validation.BookmarkPass;
import dev.joinery.processor.validation.ExpectationPass;
import dev.joinery.processor.validation.GlueTransformPass;
import dev.joinery.processor.validation.JdbcTablePass;
import dev.joinery.processor.validation.ClasspathPass;
import dev.joinery.processor.validation.ColumnPass;
import dev.joinery.processor.validation.StepMethodPass;
import dev.joinery.processor.validation.ColumnTypeCheck;
import dev.joinery.processor.validation.DeclarationPass;
import dev.joinery.processor.validation.GraphPass;
import dev.joinery.processor.validation.InputPass;
import dev.joinery.processor.validation.NamingPass;
import dev.joinery.processor.validation.SchedulePass;
import dev.joinery.processor.validation.TablePass;
import dev.joinery.processor.validation.TriggerPass;
import dev.joinery.processor.analysis.TriggerGraph;
import dev.joinery.processor.codegen.TriggerDescriptor;
import dev.joinery.processor.reading.TriggerReader;
import dev.joinery.processor.validation.ValidationPass;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Joinery's annotation processor: reads every {@code @Table} and {@code @Job} of the compilation
 * into a model, validates it pass by pass, and, when nothing is wrong, generates each record's
 * row codec and each job's Spark runner.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"dev.joinery.annotations.Job", "dev.joinery.annotations.Table"})
@SupportedOptions({JoineryProcessor.REQUIRE_TRANSLATION, JoineryProcessor.DOCS_DIR, JoineryProcessor.SVG,
    JoineryProcessor.DEFAULT_FORMAT})
public final class JoineryProcessor extends AbstractProcessor {
  /** Processor option: when true, a step that cannot be translated to a Spark expression fails the build. */
  public static final String REQUIRE_TRANSLATION = "joinery.requireTranslation";
  /** Where lineage JSON goes in the class output, and where {@code joinery explain} finds it. */
  public static final String LINEAGE_DIR = "META-INF/joinery/";
  /**
   * Processor option: a folder (for Maven, somewhere under {@code target/}) that also receives
   * everything written under {@link #LINEAGE_DIR}, so the diagrams and index open from one known
   * place without unpacking the class output.
   */
  public static final String DOCS_DIR = "joinery.docsDir";
  /** Processor option: {@code false} writes DOT only and skips SVG rendering. */
  public static final String SVG = "joinery.svg";
  /** Processor option: the format of tables that do not name one ({@code ICEBERG} if unset). */
  public static final String DEFAULT_FORMAT = "joinery.defaultFormat";

  private final SortedSet<String> generatedJobs = new TreeSet<>();
  private final Set<String> generatedRecords = new HashSet<>();
  /**
   * Qualified names of the tables and jobs (and below, the jobless step classes) not processed yet: a round that
   * mentions an unresolved type leaves them for the next, by name (elements do not outlive a round).
   */
  private final Set<String> waiting = new java.util.LinkedHashSet<>();
  private final SortedSet<String> waitingJobless = new TreeSet<>();
  /** One for the whole compilation, so a later round finds the tables an earlier one declared. */
  private TableIndex tableIndex;
  private int rounds;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        if (!generatedJobs.isEmpty()) {
          writeResource(JobRegistryWriter.SERVICE_FILE, JobRegistryWriter.content(generatedJobs));
        }
      } else {
        processRound(round);
      }
    } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
      // Where in Joinery it failed, not the JDK method that threw: that is what a bug report needs.
      StackTraceElement where = java.util.Arrays.stream(e.getStackTrace())
          .filter(frame -> frame.getClassName().startsWith("dev.joinery.")).findFirst()
          .orElse(e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null);
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Tag.INTERNAL_ERROR.prefix()
          + " Joinery could not process this compilation: " + e + (where == null ? "" : " (at " + where + ")")
          + ". This is a bug in Joinery, not in your code; please report it with this message.");
    }
    return false;
  }

  /** The {@link #DEFAULT_FORMAT} option's format; empty, after one error in the first round, if it names none. */
  private Optional<Format> defaultFormat(boolean firstRound) {
    String value = processingEnv.getOptions().getOrDefault(DEFAULT_FORMAT, Format.ICEBERG.name());
    try {
      Format format = Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      // Formats that need options of their own (a row tag, a pattern) cannot be every table's default.
      if (format != Format.DEFAULT && format != Format.XML && format != Format.GROK && format != Format.REGEX) {
        return Optional.of(format);
      }
    } catch (IllegalArgumentException notAFormat) {
      // reported below
    }
    if (firstRound) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Tag.BAD_OPTION.prefix() + " -A" + DEFAULT_FORMAT
          + "=" + value + " names no format; use one of ICEBERG, PARQUET, ORC, AVRO, CSV, JSON.");
    }
    return Optional.empty();
  }

  private void processRound(RoundEnvironment round) throws IOException {
    AnnotationValues annotations = new AnnotationValues(processingEnv.getElementUtils());
    RecordReader records = new RecordReader(annotations);
    Optional<Format> defaultFormat = defaultFormat(rounds++ == 0);
    if (defaultFormat.isEmpty()) {
      return;
    }
    TableReader tableReader = new TableReader(annotations, records, defaultFormat.get());
    JobReader jobReader = new JobReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), annotations, records);

    for (Element type : round.getElementsAnnotatedWithAny(
        Set.of(dev.joinery.annotations.Table.class, dev.joinery.annotations.Job.class))) {
      waiting.add(((TypeElement) type).getQualifiedName().toString());
    }
    waitingJobless.addAll(joblessStepClasses(round));
    List<TypeElement> types = typeElements(waiting);
    List<TypeElement> joblessStepClasses = typeElements(waitingJobless);
    if (types.stream().anyMatch(Unresolved::in)) {
      return; // a later round may generate what is missing; if none does, javac reports it
    }
    waiting.clear();
    waitingJobless.clear();

    Catalog catalog = new Catalog();
    List<TypeElement> misplacedTables = new ArrayList<>();
    List<JobModel> jobs = new ArrayList<>();
    List<TableModel> declaredTables = new ArrayList<>();
    for (TypeElement type : types) {
      if (AnnotationValues.find(type, TableReader.TABLE).isPresent()) {
        tableReader.read(type).ifPresentOrElse(declaredTables::add, () -> misplacedTables.add(type));
      }
    }
    declaredTables.forEach(catalog::add);
    TableIndex index = tableIndex();
    for (TypeElement type : types) {
      if (AnnotationValues.find(type, JobReader.JOB).isPresent()) {
        JobModel job = jobReader.read(type);
        jobs.add(job);
        addClasspathTables(job, records, tableReader, index, catalog);
      }
    }
    if (jobs.isEmpty() && catalog.tables().isEmpty() && misplacedTables.isEmpty() && joblessStepClasses.isEmpty()) {
      return;
    }
    List<JobGraph> graphs = jobs.stream().map(j -> new JobGraph(j, catalog, records)).toList();
    Build build = new Build(catalog, graphs, misplacedTables, joblessStepClasses);

    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager(), Trees.instance(processingEnv));
    ColumnTypeCheck columnTypes = new ColumnTypeCheck();
    List<ValidationPass> passes = List.of(
        new DeclarationPass(records),
        new NamingPass(),
        new TablePass(annotations, columnTypes),
        new InputPass(processingEnv.getTypeUtils()),
        new ColumnPass(columnTypes, records),
        new StepMethodPass(processingEnv.getTypeUtils()),
        new GlueTransformPass(),
        new GraphPass(),
        new SchedulePass(annotations),
        new TriggerPass(annotations, Trees.instance(processingEnv)),
        new BookmarkPass(annotations),
        new JdbcTablePass(annotations),
        new ExpectationPass(),
        new ClasspathPass(processingEnv.getElementUtils()));
    for (ValidationPass pass : passes) {
      pass.validate(build, diagnostics);
    }
    if (diagnostics.hasErrors()) {
      return;
    }
    BodyReader bodies = new BodyReader(Trees.instance(processingEnv), handWritten(), records);
    RuleConditions conditions = new RuleConditions(catalog, bodies, diagnostics);
    boolean requireTranslation = Boolean.parseBoolean(processingEnv.getOptions().get(REQUIRE_TRANSLATION));
    Map<JobGraph, StepTranslations> translations = new LinkedHashMap<>();
    for (JobGraph graph : graphs) {
      StepTranslations job = new StepTranslations(graph, bodies);
      translations.put(graph, job);
      reportJvmSteps(graph, job, diagnostics, requireTranslation);
      for (StepTranslations.Untranslated named : job.untranslated()) {
        diagnostics.atTree(Tag.STEP_METHOD, "The " + named.use().role().label() + " " + named.method().getSimpleName()
            + "() of step '" + named.use().step().name() + "' runs inside a Spark " + (named.use().step().spec()
                instanceof dev.joinery.processor.model.StepSpec.JoinSpec ? "join" : "aggregate")
            + " and has no JVM form, and its " + named.why().construct() + " is outside what Joinery translates;"
            + " rewrite it within the translatable subset (see the README).", named.method(), named.why().tree(), true);
      }
    }
    if (!diagnostics.hasErrors()) {
      for (TableModel table : declaredTables) {
        index.write(table.name(), table.record().element());
      }
      generate(build, translations, conditions);
    }
  }

  private HandWrittenMembers handWritten() {
    return new HandWrittenMembers(Trees.instance(processingEnv), processingEnv.getElementUtils());
  }

  private TableIndex tableIndex() {
    if (tableIndex == null) {
      tableIndex = new TableIndex(processingEnv.getFiler(), processingEnv.getElementUtils());
    }
    return tableIndex;
  }

  private List<TypeElement> typeElements(Set<String> names) {
    return names.stream().map(processingEnv.getElementUtils()::getTypeElement).filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Names of the classes of this round with a step annotation on a member but no {@code @Job}, in name order. */
  private SortedSet<String> joblessStepClasses(RoundEnvironment round) {
    SortedSet<String> classes = new TreeSet<>();
    for (StepKind kind : StepKind.values()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotationName());
      if (annotation == null) {
        continue;
      }
      for (Element step : round.getElementsAnnotatedWith(annotation)) {
        Element owner = step.getEnclosingElement();
        if (owner instanceof TypeElement type && AnnotationValues.find(type, JobReader.JOB).isEmpty()) {
          classes.add(type.getQualifiedName().toString());
        }
      }
    }
    return classes;
  }

  private static void reportJvmSteps(JobGraph graph, StepTranslations translations, Diagnostics diagnostics,
      boolean requireTranslation) {
    for (Step step : graph.order()) {
      translations.of(step).ifPresent(t -> {
        if (t instanceof Translation.OnJvm jvm) {
          diagnostics.atTree(Tag.JVM_STEP, "Step '" + step.name() + "' of job " + graph.job().name()
              + " runs as JVM code over rows, not as a Spark expression, because of its " + jvm.construct() + "."
              + (requireTranslation ? " Rewrite it within the translatable subset (see the README), or drop -A"
                  + REQUIRE_TRANSLATION + "=true." : ""), step.element(), jvm.tree(), requireTranslation);
        }
      });
    }
  }

  /**
   * Tables that jobs read or write through records compiled elsewhere (a shared catalog module,
   * or this module's earlier build): by the record's type, or by the table's name in the index.
   */
  private static void addClasspathTables(JobModel job, RecordReader records, TableReader tables, TableIndex index,
      Catalog catalog) {
    List<TypeMirror> types = new ArrayList<>();
    for (Step step : job.steps()) {
      types.add(step.outputType());
      step.inputs().stream().map(InputRef::expectedType).forEach(types::add);
    }
    for (TypeMirror type : types) {
      records.read(type).flatMap(r -> tables.read(r.element())).ifPresent(catalog::add);
    }
    for (Step step : job.steps()) {
      for (InputRef input : step.inputs()) {
        if (job.step(input.name()).isEmpty() && catalog.byName(input.name()).isEmpty()) {
          index.find(input.name()).flatMap(tables::read).ifPresent(catalog::add);
        }
      }
    }
  }

  private void generate(Build build, Map<JobGraph, StepTranslations> translations, RuleConditions conditions)
      throws IOException {
    Map<String, RecordModel> recordsToGenerate = new LinkedHashMap<>();
    for (TableModel table : build.catalog().tables()) {
      collect(table.record(), recordsToGenerate);
    }
    for (JobGraph graph : build.jobs()) {
      for (Step step : graph.job().steps()) {
        graph.output(step).record().ifPresent(r -> collect(r, recordsToGenerate));
      }
    }
    RowCodecGenerator rows = new RowCodecGenerator();
    for (RecordModel record : recordsToGenerate.values()) {
      String rowsClass = RowsClass.of(record.element()).canonicalName();
      if (processingEnv.getElementUtils().getTypeElement(rowsClass) == null && generatedRecords.add(rowsClass)) {
        rows.generate(record).writeTo(processingEnv.getFiler());
      }
    }
    JobGenerator jobGenerator = new JobGenerator(processingEnv.getElementUtils(), build.catalog(), conditions);
    Map<JobGraph, JobLineage> lineages = new LinkedHashMap<>();
    StepLineageAnalyzer stepLineage = new StepLineageAnalyzer(Trees.instance(processingEnv), handWritten());
    LineageJson json = new LineageJson(processingEnv.getElementUtils(), Trees.instance(processingEnv));
    TriggerGraph triggers = new TriggerGraph(build, new TriggerReader(new AnnotationValues(processingEnv.getElementUtils())));
    TriggerDescriptor triggerDescriptor = new TriggerDescriptor();
    for (JobGraph graph : build.jobs()) {
      StepTranslations jobTranslations = translations.get(graph);
      Map<Step, StepLineage> steps = new java.util.IdentityHashMap<>();
      graph.order().forEach(step -> steps.put(step, stepLineage.of(step, graph, jobTranslations)));
      JobLineage lineage = new JobLineage(graph, steps);
      lineages.put(graph, lineage);
      jobGenerator.generate(graph, jobTranslations).writeTo(processingEnv.getFiler());
      generatedJobs.add(RowsClass.jobOf(graph.job().element()).reflectionName());
      writeResource(LINEAGE_DIR + graph.job().name() + ".lineage.json",
          json.job(graph, lineage, jobTranslations), graph.job().element());
      writeResource(TriggerDescriptor.path(graph.job()), triggerDescriptor.of(graph.job(), triggers.triggers(graph)),
          graph.job().element());
    }
    if (!build.jobs().isEmpty()) {
      writeResource(LINEAGE_DIR + "lineage.json", json.build(build.jobs(), build.catalog()));
      writeDiagrams(build, translations, lineages, triggers);
    }
  }

  /** Job, lineage and workflow diagrams as DOT and, when the bundled Graphviz runs, SVG, with an index page; never fails the build. */
  private void writeDiagrams(Build build, Map<JobGraph, StepTranslations> translations,
      Map<JobGraph, JobLineage> lineages, TriggerGraph triggers) throws IOException {
    JobDiagrams diagrams = new JobDiagrams(processingEnv.getElementUtils());
    DotRenderer dot = new DotRenderer();
    Map<String, String> dots = new LinkedHashMap<>();
    for (JobGraph graph : build.jobs()) {
      String name = graph.job().name();
      dots.put(name + ".job", dot.render(diagrams.job(graph, translations.get(graph))));
      dots.put(name + ".lineage", dot.render(diagrams.columnLineage(graph, lineages.get(graph))));
    }
    dots.put("workflow", dot.render(diagrams.workflow(build.jobs(), build.catalog(), triggers)));
    Map<String, String> svgs = renderSvgs(dots);
    Element origin = build.jobs().get(0).job().element();
    for (Map.Entry<String, String> diagram : dots.entrySet()) {
      writeResource(LINEAGE_DIR + diagram.getKey() + ".dot", diagram.getValue(), origin);
      String svg = svgs.get(diagram.getKey());
      if (svg != null) {
        writeResource(LINEAGE_DIR + diagram.getKey() + ".svg", svg, origin);
      }
    }
    List<DiagramIndex.Entry> entries = new ArrayList<>();
    for (JobGraph graph : build.jobs()) {
      String name = graph.job().name();
      entries.add(new DiagramIndex.Entry(name, graph.job().description(),
          svgs.containsKey(name + ".job") && svgs.containsKey(name + ".lineage")));
    }
    writeResource(LINEAGE_DIR + "index.html", DiagramIndex.html(entries, svgs.containsKey("workflow")));
  }

  /** SVG per diagram name; empty when turned off or when no engine can start (the build still succeeds). */
  private Map<String, String> renderSvgs(Map<String, String> dots) {
    if ("false".equalsIgnoreCase(processingEnv.getOptions().get(SVG))) {
      return Map.of();
    }
    Messager messager = processingEnv.getMessager();
    try {
      return new SvgBatch(warning -> messager.printMessage(Diagnostic.Kind.WARNING, "[joinery:diagrams] " + warning))
          .render(dots);
    } catch (RuntimeException e) {
      messager.printMessage(Diagnostic.Kind.WARNING, "[joinery:diagrams] Could not render diagrams (" + e
          + "); wrote DOT only.");
      return Map.of();
    }
  }

  private void writeResource(String path, String content, Element... origins) throws IOException {
    javax.tools.FileObject file = processingEnv.getFiler()
        .createResource(javax.tools.StandardLocation.CLASS_OUTPUT, "", path, origins);
    try (java.io.Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(),
        java.nio.charset.StandardCharsets.UTF_8)) {
      writer.write(content);
    }
    String docsDir = processingEnv.getOptions().get(DOCS_DIR);
    if (docsDir != null && !docsDir.isBlank() && path.startsWith(LINEAGE_DIR)) {
      java.nio.file.Path copy = java.nio.file.Path.of(docsDir).resolve(path.substring(LINEAGE_DIR.length()));
      java.nio.file.Files.createDirectories(copy.getParent());
      java.nio.file.Files.writeString(copy, content, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The record and every record nested in it, each once. */
  private static void collect(RecordModel record, Map<String, RecordModel> into) {
    if (into.putIfAbsent(record.qualifiedName(), record) != null) {
      return;
    }
    for (Component component : record.components()) {
      collectNested(component.type(), into);
    }
  }

  private static void collectNested(ColumnType type, Map<String, RecordModel> into) {
    if (type == null) {
      return;
    }
    if (type.kind() == ColumnType.Kind.STRUCT) {
      collect(type.struct(), into);
    }
    collectNested(type.element(), into);
    collectNested(type.key(), into);
  }
}
