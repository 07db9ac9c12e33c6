package dev.joinery.processor.reading;

import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.WriteMode;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Sink;
import dev.joinery.processor.model.SpigotDeclaration;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.AggregateColumn;
import dev.joinery.processor.model.StepSpec.AggregateFunction;
import dev.joinery.processor.model.StepSpec.Container;
import dev.joinery.processor.model.StepSpec.JoinKey;
import dev.joinery.processor.model.StepSpec.Rename;
import dev.joinery.processor.model.StepSpec.SortKey;
import dev.joinery.processor.model.StepSpec.WindowColumn;
import dev.joinery.processor.model.StepSpec.WindowFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Job} class into a job model. It records what was written, however wrong;
 * judging it is the validation passes' job.
 */
public final class JobReader {
  public static final String JOB = "dev.joinery.annotations.Job";
  private static final String FROM = "dev.joinery.annotations.From";
  private static final String SINK = "dev.joinery.annotations.Sink";
  private static final String SPIGOT = "dev.joinery.annotations.Spigot";

  private final Elements elements;
  private final Types types;
  private final AnnotationValues annotations;
  private final RecordReader records;

  public JobReader(Elements elements, Types types, AnnotationValues annotations, RecordReader records) {
    this.elements = elements;
    this.types = types;
    this.annotations = annotations;
    this.records = records;
  }

  public JobModel read(TypeElement job) {
    AnnotationMirror mirror = AnnotationValues.find(job, JOB).orElseThrow();
    List<Step> steps = new ArrayList<>();
    for (Element member : job.getEnclosedElements()) {
      stepKindOf(member).ifPresent(kind -> steps.add(readStep(member, kind)));
    }
    return new JobModel(job, annotations.string(mirror, "name"), annotations.string(mirror, "schedule"),
        annotations.array(mirror, "bookmarks").stream().map(v -> (String) v.getValue()).toList(),
        javadoc(job), List.copyOf(steps), mirror);
  }

  /** The kind of the first step annotation on {@code member}, if any. */
  public static Optional<StepKind> stepKindOf(Element member) {
    for (StepKind kind : StepKind.values()) {
      if (AnnotationValues.find(member, kind.annotationName()).isPresent()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  public String javadoc(Element element) {
    String doc = elements.getDocComment(element);
    return doc == null ? "" : doc.strip().replaceAll("\\s*\\n\\s*", "\n");
  }

  private Step readStep(Element member, StepKind kind) {
    AnnotationMirror annotation = AnnotationValues.find(member, kind.annotationName()).orElseThrow();
    Optional<Sink> sink = AnnotationValues.find(member, SINK)
        .map(s -> new Sink(WriteMode.valueOf(annotations.enumConstant(s, "mode")), s));
    Optional<SpigotDeclaration> spigot = AnnotationValues.find(member, SPIGOT)
        .map(s -> new SpigotDeclaration(annotations.integer(s, "rows"),
            annotations.number(s, "fraction").doubleValue(), annotations.number(s, "seed").longValue(), s));
    String name = member.getSimpleName().toString();
    if (member.getKind() == ElementKind.METHOD) {
      return readMethodStep((ExecutableElement) member, kind, annotation, name, sink, spigot);
    }
    return readFieldStep(member, kind, annotation, name, sink, spigot);
  }

  private Step readMethodStep(ExecutableElement method, StepKind kind, AnnotationMirror annotation,
      String name, Optional<Sink> sink, Optional<SpigotDeclaration> spigot) {
    List<InputRef> inputs = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      inputs.add(parameterInput(parameter));
    }
    TypeMirror returnType = method.getReturnType();
    switch (kind) {
      case FILTER:
        TypeMirror filtered = inputs.isEmpty() ? null : inputs.get(0).expectedType();
        return new Step(name, kind, method, annotation, inputs, filtered, sink, spigot,
            new StepSpec.Body(method, Container.NONE));
      case FLAT_MAP:
        Container container = containerOf(returnType);
        TypeMirror element = container == Container.NONE ? null : ((DeclaredType) returnType).getTypeArguments().get(0);
        return new Step(name, kind, method, annotation, inputs, element, sink, spigot, new StepSpec.Body(method, container));
      case JOIN:
        return new Step(name, kind, method, annotation, inputs, returnType, sink, spigot, joinSpec(method, annotation, method));
      default:
        return new Step(name, kind, method, annotation, inputs, returnType, sink, spigot,
            new StepSpec.Body(method, Container.NONE));
    }
  }

  private Step readFieldStep(Element field, StepKind kind, AnnotationMirror annotation, String name,
      Optional<Sink> sink, Optional<SpigotDeclaration> spigot) {
    TypeMirror output = field.asType();
    switch (kind) {
      case JOIN:
        List<InputRef> sides = List.of(
            new InputRef(ref(field, annotation, "left"), null), new InputRef(ref(field, annotation, "right"), null));
        return new Step(name, kind, field, annotation, sides, output, sink, spigot, joinSpec(field, annotation, null));
      case UNION:
        List<InputRef> inputs = names(field, annotation, "from").stream().map(r -> new InputRef(r, null)).toList();
        return new Step(name, kind, field, annotation, inputs, output, sink, spigot, new StepSpec.UnionSpec());
      default:
        break;
    }
    List<InputRef> from = List.of(new InputRef(ref(field, annotation, "from"), null));
    StepSpec spec;
    switch (kind) {
      case AGGREGATE:
        spec = new StepSpec.AggregateSpec(names(field, annotation, "groupBy"), aggregates(output));
        break;
      case SELECT:
        spec = new StepSpec.SelectSpec(names(field, annotation, "rename").stream().map(this::rename).toList());
        break;
      case DROP_NULLS:
        spec = new StepSpec.ColumnsSpec(names(field, annotation, "fields"));
        break;
      case DEDUPLICATE:
        spec = new StepSpec.DeduplicateSpec(names(field, annotation, "keys"),
            names(field, annotation, "keep").stream().map(this::sortKey).toList());
        break;
      case SORT:
        spec = new StepSpec.SortSpec(names(field, annotation, "by").stream().map(this::sortKey).toList(),
            annotations.integer(annotation, "limit"));
        break;
      case WINDOW:
        spec = new StepSpec.WindowSpec(names(field, annotation, "partitionBy"),
            names(field, annotation, "orderBy").stream().map(this::sortKey).toList(), windowColumns(output),
            aggregates(output));
        break;
      case FILL_MISSING:
        spec = new StepSpec.FillSpec(names(field, annotation, "values").stream().map(FillValues::read).toList());
        break;
      case UNBOX:
        spec = new StepSpec.UnboxSpec(ref(field, annotation, "column"),
            MalformedRows.valueOf(annotations.enumConstant(annotation, "malformed")));
        break;
      case RELATIONALIZE:
        spec = new StepSpec.RelationalizeSpec(ref(field, annotation, "explode"),
            names(field, annotation, "rename").stream().map(this::rename).toList(),
            (Boolean) annotations.value(annotation, "keepEmpty").getValue());
        break;
      default:
        // Filter, map and flat map on a field: their annotations only target methods, so javac has already said so.
        spec = new StepSpec.UnionSpec();
    }
    return new Step(name, kind, field, annotation, from, output, sink, spigot, spec);
  }

  private InputRef parameterInput(VariableElement parameter) {
    Optional<AnnotationMirror> from = AnnotationValues.find(parameter, FROM);
    if (from.isPresent()) {
      return new InputRef(ref(parameter, from.get(), "value"), parameter.asType());
    }
    String implied = "";
    if (parameter.asType().getKind() == TypeKind.DECLARED) {
      Element type = types.asElement(parameter.asType());
      implied = AnnotationValues.find(type, TableReader.TABLE).map(t -> annotations.string(t, "name")).orElse("");
    }
    return new InputRef(new NameRef(implied, parameter, null, null), parameter.asType());
  }

  private StepSpec.JoinSpec joinSpec(Element declaration, AnnotationMirror annotation, ExecutableElement method) {
    AnnotationValue on = annotations.value(annotation, "on");
    List<JoinKey> keys = new ArrayList<>();
    String condition = (String) on.getValue();
    // -1 keeps empty pieces, so on = "," is two empty keys to report; a blank on is no keys at all.
    for (String pair : condition.isBlank() ? new String[0] : condition.split(",", -1)) {
      String[] sides = pair.split("=", -1);
      String left = sides[0].strip();
      String right = sides.length > 1 ? sides[1].strip() : left;
      keys.add(new JoinKey(new NameRef(left, declaration, annotation, on), new NameRef(right, declaration, annotation, on)));
    }
    return new StepSpec.JoinSpec(keys, JoinType.valueOf(annotations.enumConstant(annotation, "type")), method,
        ref(declaration, annotation, "where"), names(declaration, annotation, "rename").stream().map(this::rename).toList());
  }

  private List<AggregateColumn> aggregates(TypeMirror output) {
    Optional<RecordModel> record = records.read(output);
    if (record.isEmpty()) {
      return List.of();
    }
    List<AggregateColumn> columns = new ArrayList<>();
    for (Component component : record.get().components()) {
      for (AggregateFunction function : AggregateFunction.values()) {
        AnnotationValues.find(component.element(), function.annotationName()).ifPresent(a ->
            columns.add(new AggregateColumn(component, function, ref(component.element(), a, "value"),
                ref(component.element(), a, "when"))));
      }
    }
    return columns;
  }

  private List<WindowColumn> windowColumns(TypeMirror output) {
    List<WindowColumn> columns = new ArrayList<>();
    for (Component component : records.read(output).map(RecordModel::components).orElse(List.of())) {
      for (WindowFunction function : WindowFunction.values()) {
        AnnotationValues.find(component.element(), function.annotationName()).ifPresent(a ->
            columns.add(function.readsAnotherRow()
                ? new WindowColumn(component, function, ref(component.element(), a, "value"),
                    annotations.integer(a, "offset"), a)
                : new WindowColumn(component, function, null, 0, a)));
      }
    }
    return columns;
  }

  private Rename rename(NameRef written) {
    String[] sides = written.name().split("=", -1);
    String output = sides[0].strip();
    String input = sides.length > 1 ? sides[1].strip() : "";
    return new Rename(new NameRef(output, written.element(), written.annotation(), written.value()),
        new NameRef(input, written.element(), written.annotation(), written.value()));
  }

  private SortKey sortKey(NameRef written) {
    String[] words = written.name().strip().split("\\s+");
    boolean descending = words.length > 1 && words[1].equalsIgnoreCase("desc");
    String column = words.length > 2 || (words.length == 2 && !words[1].matches("(?i)asc|desc")) ? written.name() : words[0];
    return new SortKey(new NameRef(column, written.element(), written.annotation(), written.value()), descending);
  }

  private NameRef ref(Element element, AnnotationMirror annotation, String member) {
    AnnotationValue value = annotations.value(annotation, member);
    return new NameRef((String) value.getValue(), element, annotation, value);
  }

  private List<NameRef> names(Element element, AnnotationMirror annotation, String member) {
    return annotations.array(annotation, member).stream()
        .map(v -> new NameRef((String) v.getValue(), element, annotation, v))
        .toList();
  }

  private Container containerOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).getTypeArguments().size() != 1) {
      return Container.NONE;
    }
    TypeMirror erased = types.erasure(type);
    if (types.isAssignable(erased, types.erasure(elements.getTypeElement("java.util.Collection").asType()))) {
      return Container.COLLECTION;
    }
    if (types.isAssignable(erased, types.erasure(elements.getTypeElement("java.lang.Iterable").asType()))) {
      return Container.ITERABLE;
    }
    if (types.isAssignable(erased, types.erasure(elements.getTypeElement("java.util.stream.Stream").asType()))) {
      return Container.STREAM;
    }
    return Container.NONE;
  }
}
