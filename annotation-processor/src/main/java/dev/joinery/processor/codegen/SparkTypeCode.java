package dev.joinery.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.joinery.processor.model.ColumnType;

/** The code that names a column type in Spark and moves values of it between records and rows. */
final class SparkTypeCode {
  static final ClassName DATA_TYPES = ClassName.get("org.apache.spark.sql.types", "DataTypes");
  static final ClassName ROW = ClassName.get("org.apache.spark.sql", "Row");
  static final ClassName VALUES = ClassName.get("dev.joinery.runtime", "Values");

  private SparkTypeCode() {}

  static CodeBlock dataType(ColumnType type) {
    switch (type.kind()) {
      case BOOLEAN: return simple("BooleanType");
      case BYTE: return simple("ByteType");
      case SHORT: return simple("ShortType");
      case INT: return simple("IntegerType");
      case LONG: return simple("LongType");
      case FLOAT: return simple("FloatType");
      case DOUBLE: return simple("DoubleType");
      case STRING: case ENUM: return simple("StringType");
      case DATE: return simple("DateType");
      case TIMESTAMP: return simple("TimestampType");
      case TIMESTAMP_NTZ: return simple("TimestampNTZType");
      case BINARY: return simple("BinaryType");
      case DECIMAL:
        return CodeBlock.of("$T.createDecimalType($L, $L)", DATA_TYPES, type.precision(), type.scale());
      case ARRAY:
        return CodeBlock.of("$T.createArrayType($L, $L)", DATA_TYPES, dataType(type.element()), type.element().nullable());
      case MAP:
        return CodeBlock.of("$T.createMapType($L, $L, $L)", DATA_TYPES, dataType(type.key()),
            dataType(type.element()), type.element().nullable());
      case STRUCT:
        return CodeBlock.of("$T.SCHEMA", RowsClass.of(type.struct().element()));
      default:
        throw new IllegalStateException("no Spark type for " + type);
    }
  }

  private static CodeBlock simple(String name) {
    return CodeBlock.of("$T.$L", DATA_TYPES, name);
  }

  /** Reads column {@code index} of {@code row} as the component's Java value. */
  static CodeBlock read(ColumnType type, CodeBlock index) {
    String getter = getter(type);
    if (getter != null) {
      CodeBlock get = CodeBlock.of("row.$L($L)", getter, index);
      if (type.primitive() || !isPrimitiveKind(type)) {
        return get;
      }
      return CodeBlock.of("row.isNullAt($L) ? null : ($T) $L", index, TypeName.get(type.javaType()), get);
    }
    return fromValue(type, CodeBlock.of("row.get($L)", index));
  }

  /** Converts {@code value}, an Object as Spark keeps it, to the component's Java value. */
  static CodeBlock fromValue(ColumnType type, CodeBlock value) {
    return fromValue(type, value, 0);
  }

  /** @param depth how many lambdas enclose {@code value}: nested lambdas need parameters of their own */
  private static CodeBlock fromValue(ColumnType type, CodeBlock value, int depth) {
    TypeName javaType = TypeName.get(type.javaType()).box();
    String k = lambdaParameter("k", depth);
    String v = lambdaParameter("v", depth);
    switch (type.kind()) {
      case ENUM:
        return CodeBlock.of("$T.enumValue($T.class, $L)", VALUES, javaType, value);
      case STRUCT:
        return CodeBlock.of("$T.fromNullableRow(($T) $L)", RowsClass.of(type.struct().element()), ROW, value);
      case ARRAY:
        return CodeBlock.of("$T.list($L, $L -> $L)", VALUES, value, v,
            fromValue(type.element(), CodeBlock.of("$L", v), depth + 1));
      case MAP:
        return CodeBlock.of("$T.map($L, $L -> $L, $L -> $L)", VALUES, value,
            k, fromValue(type.key(), CodeBlock.of("$L", k), depth + 1),
            v, fromValue(type.element(), CodeBlock.of("$L", v), depth + 1));
      default:
        return CodeBlock.of("($T) $L", javaType, value);
    }
  }

  /** Converts a component's Java value to what Spark keeps in a row. */
  static CodeBlock toValue(ColumnType type, CodeBlock value) {
    return toValue(type, value, 0);
  }

  private static CodeBlock toValue(ColumnType type, CodeBlock value, int depth) {
    String k = lambdaParameter("k", depth);
    String v = lambdaParameter("v", depth);
    switch (type.kind()) {
      case ENUM:
        return CodeBlock.of("$T.enumName($L)", VALUES, value);
      case STRUCT:
        return CodeBlock.of("$T.toRow($L)", RowsClass.of(type.struct().element()), value);
      case ARRAY:
        return needsConversion(type.element())
            ? CodeBlock.of("$T.sparkList($L, $L -> $L)", VALUES, value, v,
                toValue(type.element(), CodeBlock.of("$L", v), depth + 1))
            : CodeBlock.of("$T.sparkList($L, $L -> $L)", VALUES, value, v, v);
      case MAP:
        return CodeBlock.of("$T.sparkMap($L, $L -> $L, $L -> $L)", VALUES, value,
            k, toValue(type.key(), CodeBlock.of("$L", k), depth + 1),
            v, toValue(type.element(), CodeBlock.of("$L", v), depth + 1));
      default:
        return value;
    }
  }

  /** {@code v} for the outermost lambda, {@code v1}, {@code v2}, ... inside it. */
  private static String lambdaParameter(String name, int depth) {
    return depth == 0 ? name : name + depth;
  }

  private static boolean needsConversion(ColumnType type) {
    return type.kind() == ColumnType.Kind.ENUM || type.kind() == ColumnType.Kind.STRUCT
        || type.kind() == ColumnType.Kind.ARRAY || type.kind() == ColumnType.Kind.MAP;
  }

  private static boolean isPrimitiveKind(ColumnType type) {
    switch (type.kind()) {
      case BOOLEAN: case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE:
        return true;
      default:
        return false;
    }
  }

  private static String getter(ColumnType type) {
    switch (type.kind()) {
      case BOOLEAN: return "getBoolean";
      case BYTE: return "getByte";
      case SHORT: return "getShort";
      case INT: return "getInt";
      case LONG: return "getLong";
      case FLOAT: return "getFloat";
      case DOUBLE: return "getDouble";
      case STRING: return "getString";
      case DECIMAL: return "getDecimal";
      case DATE: return "getLocalDate";
      case TIMESTAMP: return "getInstant";
      default: return null;
    }
  }
}
