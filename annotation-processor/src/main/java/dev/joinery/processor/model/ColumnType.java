package dev.joinery.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * The Spark column type of a record component, with what code generation and validation need to
 * know about the Java side.
 *
 * @param primitive whether the Java type is primitive, which makes the column NOT NULL
 * @param declaredNotNull whether a reference-typed component is declared {@code @NotNull}
 * @param element element type of an {@link Kind#ARRAY}, value type of a {@link Kind#MAP}
 * @param key key type of a {@link Kind#MAP}
 * @param unsupportedReason why a type of kind {@link Kind#UNSUPPORTED} has no column type
 */
public record ColumnType(
    Kind kind,
    TypeMirror javaType,
    boolean primitive,
    boolean declaredNotNull,
    int precision,
    int scale,
    List<String> enumConstants,
    ColumnType element,
    ColumnType key,
    RecordModel struct,
    String unsupportedReason) {

  /** Default precision and scale of a {@code BigDecimal} without {@code @Decimal}, as Spark's Java decimals. */
  public static final int DEFAULT_PRECISION = 38;
  public static final int DEFAULT_SCALE = 18;

  public enum Kind {
    BOOLEAN("boolean"),
    BYTE("tinyint"),
    SHORT("smallint"),
    INT("int"),
    LONG("bigint"),
    FLOAT("float"),
    DOUBLE("double"),
    STRING("string"),
    DECIMAL("decimal"),
    DATE("date"),
    TIMESTAMP("timestamp"),
    TIMESTAMP_NTZ("timestamp_ntz"),
    BINARY("binary"),
    ENUM("string"),
    ARRAY("array"),
    MAP("map"),
    STRUCT("struct"),
    UNSUPPORTED("?");

    private final String sqlName;

    Kind(String sqlName) {
      this.sqlName = sqlName;
    }
  }

  public static ColumnType scalar(Kind kind, TypeMirror javaType, boolean primitive) {
    return new ColumnType(kind, javaType, primitive, false, 0, 0, List.of(), null, null, null, null);
  }

  public static ColumnType decimal(TypeMirror javaType, int precision, int scale) {
    return new ColumnType(Kind.DECIMAL, javaType, false, false, precision, scale, List.of(), null, null, null, null);
  }

  public static ColumnType enumOf(TypeMirror javaType, List<String> constants) {
    return new ColumnType(Kind.ENUM, javaType, false, false, 0, 0, List.copyOf(constants), null, null, null, null);
  }

  public static ColumnType arrayOf(TypeMirror javaType, ColumnType element) {
    return new ColumnType(Kind.ARRAY, javaType, false, false, 0, 0, List.of(), element, null, null, null);
  }

  public static ColumnType mapOf(TypeMirror javaType, ColumnType key, ColumnType value) {
    return new ColumnType(Kind.MAP, javaType, false, false, 0, 0, List.of(), value, key, null, null);
  }

  public static ColumnType struct(TypeMirror javaType, RecordModel record) {
    return new ColumnType(Kind.STRUCT, javaType, false, false, 0, 0, List.of(), null, null, record, null);
  }

  public static ColumnType unsupported(TypeMirror javaType, String reason) {
    return new ColumnType(Kind.UNSUPPORTED, javaType, false, false, 0, 0, List.of(), null, null, null, reason);
  }

  public boolean nullable() {
    return !primitive && !declaredNotNull;
  }

  public ColumnType notNull() {
    return new ColumnType(kind, javaType, primitive, true, precision, scale, enumConstants, element, key, struct,
        unsupportedReason);
  }

  public boolean isNumeric() {
    switch (kind) {
      case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE: case DECIMAL:
        return true;
      default:
        return false;
    }
  }

  public boolean isIntegral() {
    return kind == Kind.BYTE || kind == Kind.SHORT || kind == Kind.INT || kind == Kind.LONG;
  }

  /** Whether values can be ordered (min, max, sort). */
  public boolean isOrderable() {
    return kind != Kind.ARRAY && kind != Kind.MAP && kind != Kind.STRUCT && kind != Kind.UNSUPPORTED;
  }

  /** The first unsupported type inside this one, if any. */
  public Optional<ColumnType> firstUnsupported() {
    if (kind == Kind.UNSUPPORTED) {
      return Optional.of(this);
    }
    if (element != null && element.firstUnsupported().isPresent()) {
      return element.firstUnsupported();
    }
    if (key != null && key.firstUnsupported().isPresent()) {
      return key.firstUnsupported();
    }
    return Optional.empty();
  }

  /** Spark SQL spelling, as in {@code decimal(10,2)} or {@code array<string>}. */
  public String sqlName() {
    switch (kind) {
      case DECIMAL:
        return "decimal(" + precision + "," + scale + ")";
      case ARRAY:
        return "array<" + element.sqlName() + ">";
      case MAP:
        return "map<" + key.sqlName() + "," + element.sqlName() + ">";
      case STRUCT:
        return "struct<" + struct.simpleName() + ">";
      default:
        return kind.sqlName;
    }
  }

  /** Whether a column of this type can be compared for equality with one of {@code other} (join keys). */
  public boolean comparableWith(ColumnType other) {
    if (isNumeric() && other.isNumeric()) {
      return true;
    }
    if (kind == Kind.ENUM || other.kind == Kind.ENUM) {
      return (kind == Kind.ENUM || kind == Kind.STRING) && (other.kind == Kind.ENUM || other.kind == Kind.STRING);
    }
    return kind == other.kind && kind != Kind.UNSUPPORTED;
  }

  /** Same Spark type and, for enums and records, the same Java type; {@code long} and {@code Long} are the same. */
  public boolean sameAs(ColumnType other) {
    boolean sameJavaType = (kind != Kind.ENUM && kind != Kind.STRUCT) || javaName().equals(other.javaName());
    return kind == other.kind && sqlName().equals(other.sqlName()) && sameJavaType;
  }

  public String javaName() {
    return javaType.toString();
  }
}
