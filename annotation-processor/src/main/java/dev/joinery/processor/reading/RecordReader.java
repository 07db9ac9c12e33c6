package dev.joinery.processor.reading;

import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads records into schemas: each component's Java type mapped to its Spark column type. */
public final class RecordReader {
  private final AnnotationValues annotations;
  private final Map<String, RecordModel> cache = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  public RecordReader(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  /** The record model of {@code type}, or empty if it is not a record. */
  public Optional<RecordModel> read(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.RECORD ? Optional.of(read((TypeElement) element)) : Optional.empty();
  }

  public RecordModel read(TypeElement record) {
    String name = record.getQualifiedName().toString();
    RecordModel cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    inProgress.add(name);
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      ColumnType type = columnType(component.asType(), component);
      if (AnnotationValues.find(component, "dev.joinery.annotations.NotNull").isPresent()) {
        type = type.notNull();
      }
      String componentName = component.getSimpleName().toString();
      String columnName = AnnotationValues.find(component, "dev.joinery.annotations.Column")
          .map(column -> annotations.string(column, "value"))
          .orElse(componentName);
      components.add(new Component(componentName, type, component, columnName));
    }
    inProgress.remove(name);
    RecordModel model = new RecordModel(record, List.copyOf(components));
    cache.put(name, model);
    return model;
  }

  /** The column type of a value of {@code type}, such as a method's result; {@code annotated} may carry {@code @Decimal}. */
  public ColumnType columnTypeOf(TypeMirror type, Element annotated) {
    return columnType(type, annotated);
  }

  private ColumnType columnType(TypeMirror type, Element component) {
    switch (type.getKind()) {
      case BOOLEAN: return ColumnType.scalar(Kind.BOOLEAN, type, true);
      case BYTE: return ColumnType.scalar(Kind.BYTE, type, true);
      case SHORT: return ColumnType.scalar(Kind.SHORT, type, true);
      case INT: return ColumnType.scalar(Kind.INT, type, true);
      case LONG: return ColumnType.scalar(Kind.LONG, type, true);
      case FLOAT: return ColumnType.scalar(Kind.FLOAT, type, true);
      case DOUBLE: return ColumnType.scalar(Kind.DOUBLE, type, true);
      case CHAR: return ColumnType.unsupported(type, "char has no Spark column type; use String");
      case ARRAY:
        return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
            ? ColumnType.scalar(Kind.BINARY, type, false)
            : ColumnType.unsupported(type, "arrays other than byte[] have no column type; use List<"
                + boxed(((ArrayType) type).getComponentType()) + ">");
      case DECLARED:
        return declaredType((DeclaredType) type, component);
      default:
        return ColumnType.unsupported(type, type + " has no Spark column type");
    }
  }

  private ColumnType declaredType(DeclaredType type, Element component) {
    TypeElement element = (TypeElement) type.asElement();
    switch (element.getQualifiedName().toString()) {
      case "java.lang.Boolean": return ColumnType.scalar(Kind.BOOLEAN, type, false);
      case "java.lang.Byte": return ColumnType.scalar(Kind.BYTE, type, false);
      case "java.lang.Short": return ColumnType.scalar(Kind.SHORT, type, false);
      case "java.lang.Integer": return ColumnType.scalar(Kind.INT, type, false);
      case "java.lang.Long": return ColumnType.scalar(Kind.LONG, type, false);
      case "java.lang.Float": return ColumnType.scalar(Kind.FLOAT, type, false);
      case "java.lang.Double": return ColumnType.scalar(Kind.DOUBLE, type, false);
      case "java.lang.String": return ColumnType.scalar(Kind.STRING, type, false);
      case "java.time.LocalDate": return ColumnType.scalar(Kind.DATE, type, false);
      case "java.time.Instant": return ColumnType.scalar(Kind.TIMESTAMP, type, false);
      case "java.time.LocalDateTime": return ColumnType.scalar(Kind.TIMESTAMP_NTZ, type, false);
      case "java.math.BigDecimal": return decimal(type, component);
      case "java.lang.Character": return ColumnType.unsupported(type, "Character has no Spark column type; use String");
      case "java.math.BigInteger": return ColumnType.unsupported(type, "BigInteger has no Spark column type; use long or BigDecimal");
      case "java.util.Date": case "java.sql.Date": case "java.sql.Timestamp":
        return ColumnType.unsupported(type, element.getSimpleName() + " is not supported; use LocalDate, Instant or LocalDateTime");
      case "java.util.List":
        if (type.getTypeArguments().size() != 1) {
          return ColumnType.unsupported(type, "a raw List has no column type; give its element type, as in List<String>");
        }
        return ColumnType.arrayOf(type, columnType(type.getTypeArguments().get(0), null));
      case "java.util.Map":
        if (type.getTypeArguments().size() != 2) {
          return ColumnType.unsupported(type, "a raw Map has no column type; give its key and value types");
        }
        ColumnType key = columnType(type.getTypeArguments().get(0), null);
        if (key.kind() == Kind.ARRAY || key.kind() == Kind.MAP || key.kind() == Kind.STRUCT) {
          return ColumnType.unsupported(type, "map keys must be scalar values, not " + key.sqlName());
        }
        return ColumnType.mapOf(type, key, columnType(type.getTypeArguments().get(1), null));
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .map(e -> e.getSimpleName().toString())
          .toList();
      return ColumnType.enumOf(type, constants);
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (inProgress.contains(element.getQualifiedName().toString())) {
        return ColumnType.unsupported(type, "record " + element.getSimpleName() + " contains itself; Spark schemas cannot be recursive");
      }
      return ColumnType.struct(type, read(element));
    }
    return ColumnType.unsupported(type, element.getSimpleName()
        + " has no Spark column type; use a primitive or its box, String, BigDecimal, LocalDate, Instant,"
        + " LocalDateTime, byte[], an enum, a record, or a List or Map of those");
  }

  private ColumnType decimal(DeclaredType type, Element component) {
    Optional<AnnotationMirror> decimal = component == null
        ? Optional.empty()
        : AnnotationValues.find(component, "dev.joinery.annotations.Decimal");
    return decimal
        .map(d -> ColumnType.decimal(type, annotations.integer(d, "precision"), annotations.integer(d, "scale")))
        .orElseGet(() -> ColumnType.decimal(type, ColumnType.DEFAULT_PRECISION, ColumnType.DEFAULT_SCALE));
  }

  /** The type as a type argument can name it: {@code long} as {@code Long}. */
  private static String boxed(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN: return "Boolean";
      case BYTE: return "Byte";
      case SHORT: return "Short";
      case INT: return "Integer";
      case LONG: return "Long";
      case CHAR: return "Character";
      case FLOAT: return "Float";
      case DOUBLE: return "Double";
      default: return type.toString();
    }
  }
}
