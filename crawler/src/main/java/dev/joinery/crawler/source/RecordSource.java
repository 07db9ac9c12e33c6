package dev.joinery.crawler.source;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinery.annotations.Column;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;
import dev.joinery.crawler.CrawlException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The {@code @Table} record source of a proposal (JavaPoet): one component per column, typed as
 * Joinery reads it, primitive where the sample never had it empty, {@code @Column} where the data's
 * name is no Java name, {@code @Decimal} with the data's precision and scale, nested records for
 * structs.
 */
public final class RecordSource {
  private RecordSource() {}

  public static JavaFile generate(TableProposal table) {
    TypeSpec.Builder record = TypeSpec.recordBuilder(table.recordName())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(tableAnnotation(table));
    record.addJavadoc("Crawled from {@code $L}.\n", table.location());
    if (!table.notes().isEmpty()) {
      record.addJavadoc("\n<ul>\n");
      table.notes().forEach(note -> record.addJavadoc("<li>$L\n", html(note)));
      record.addJavadoc("</ul>\n");
    }
    Map<String, TypeSpec> nested = new LinkedHashMap<>();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (TableProposal.Column column : table.columns()) {
      TypeName type = javaType(column.data().type(), !column.data().nullable(), column.component(), table, nested);
      ParameterSpec.Builder component = ParameterSpec.builder(type, column.component());
      if (column.isMapped()) {
        component.addAnnotation(AnnotationSpec.builder(Column.class).addMember("value", "$S", column.data().name())
            .build());
      }
      if (column.data().type() instanceof DecimalType decimal) {
        component.addAnnotation(AnnotationSpec.builder(Decimal.class)
            .addMember("precision", "$L", decimal.precision()).addMember("scale", "$L", decimal.scale()).build());
      }
      constructor.addParameter(component.build());
    }
    record.recordConstructor(constructor.build());
    nested.values().forEach(record::addType);
    return JavaFile.builder(table.packageName(), record.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static AnnotationSpec tableAnnotation(TableProposal table) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(Table.class)
        .addMember("name", "$S", table.tableName())
        .addMember("location", "$S", table.location())
        .addMember("format", "$T.$L", Format.class, table.format());
    if (!table.connection().isEmpty()) {
      annotation.addMember("connection", "$S", table.connection());
    }
    List<String> partitions = table.partitionBy();
    if (!partitions.isEmpty()) {
      annotation.addMember("partitionBy", strings(partitions));
    }
    Map<String, String> options = new LinkedHashMap<>(table.options());
    if (table.format() == Format.CSV) {
      if ("false".equals(options.remove("header"))) {
        annotation.addMember("header", "false");
      }
      String delimiter = options.remove("sep");
      if (delimiter != null && !delimiter.equals(",")) {
        annotation.addMember("delimiter", "$S", delimiter);
      }
    }
    if (!options.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      options.forEach((key, value) -> pairs.add(key + "=" + value));
      annotation.addMember("options", strings(pairs));
    }
    if (table.malformedRows() != MalformedRows.FAIL) {
      annotation.addMember("malformedRows", "$T.$L", MalformedRows.class, table.malformedRows());
    }
    return annotation.build();
  }

  /** Text as Javadoc shows it: a sampled value may hold {@code <} or {@code &}. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;");
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock joined = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return values.size() == 1 ? joined : CodeBlock.of("{$L}", joined);
  }

  /** The Java type Joinery reads a Spark type as; primitive where {@code notNull} allows. */
  static TypeName javaType(DataType type, boolean notNull, String component, TableProposal table,
      Map<String, TypeSpec> nested) {
    TypeName scalar = scalar(type);
    if (scalar != null) {
      return notNull ? scalar : scalar.box();
    }
    if (type instanceof StringType) {
      return ClassName.get(String.class);
    }
    if (type instanceof DecimalType) {
      return ClassName.get(BigDecimal.class);
    }
    if (type instanceof DateType) {
      return ClassName.get(LocalDate.class);
    }
    if (type instanceof TimestampType) {
      return ClassName.get(Instant.class);
    }
    if (type instanceof TimestampNTZType) {
      return ClassName.get(LocalDateTime.class);
    }
    if (type instanceof BinaryType) {
      return ArrayTypeName.of(TypeName.BYTE);
    }
    if (type instanceof ArrayType array) {
      return ParameterizedTypeName.get(ClassName.get(List.class),
          javaType(array.elementType(), false, component, table, nested).box());
    }
    if (type instanceof MapType map) {
      return ParameterizedTypeName.get(ClassName.get(Map.class),
          javaType(map.keyType(), false, component, table, nested).box(),
          javaType(map.valueType(), false, component, table, nested).box());
    }
    if (type instanceof StructType struct) {
      return nestedRecord(struct, component, table, nested);
    }
    throw new CrawlException("Column type " + type.catalogString() + " of " + table.location()
        + " has no Joinery component type.");
  }

  private static TypeName scalar(DataType type) {
    if (type instanceof BooleanType) {
      return TypeName.BOOLEAN;
    }
    if (type instanceof ByteType) {
      return TypeName.BYTE;
    }
    if (type instanceof ShortType) {
      return TypeName.SHORT;
    }
    if (type instanceof IntegerType) {
      return TypeName.INT;
    }
    if (type instanceof LongType) {
      return TypeName.LONG;
    }
    if (type instanceof FloatType) {
      return TypeName.FLOAT;
    }
    if (type instanceof DoubleType) {
      return TypeName.DOUBLE;
    }
    return null;
  }

  /**
   * A struct as a record nested in the table's record. Its fields keep their names (only a table's
   * own columns can be renamed with {@code @Column}), so each must already be a Java name.
   */
  private static TypeName nestedRecord(StructType struct, String component, TableProposal table,
      Map<String, TypeSpec> nested) {
    String name = Character.toUpperCase(component.charAt(0)) + component.substring(1);
    while (nested.containsKey(name) || name.equals(table.recordName())) {
      name = name + "Value";
    }
    ClassName type = ClassName.get(table.packageName(), table.recordName(), name);
    nested.put(name, null); // reserve the name before nested structs pick theirs
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (StructField field : struct.fields()) {
      if (!JavaNames.isValid(field.name())) {
        throw new CrawlException("Field '" + field.name() + "' of struct column '" + component + "' at "
            + table.location() + " is no Java name, and only a table's own columns can be renamed (@Column).");
      }
      constructor.addParameter(javaType(field.dataType(), false, field.name(), table, nested), field.name());
    }
    nested.put(name, TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .recordConstructor(constructor.build()).build());
    return type;
  }
}
