package dev.joinery.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.reading.ExpectationReader;
import dev.joinery.processor.reading.ResolveChoiceReader;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Record>Rows}: the record's Spark schema and its conversions to and from rows,
 * written out per component because Spark's bean encoder cannot build records.
 */
public final class RowCodecGenerator {
  private static final ClassName STRUCT_TYPE = ClassName.get("org.apache.spark.sql.types", "StructType");
  private static final ClassName ROW_FACTORY = ClassName.get("org.apache.spark.sql", "RowFactory");
  private static final ClassName EXPECTATIONS = ClassName.get("dev.joinery.runtime", "Expectations");
  private static final ClassName TEXT_VALUES = ClassName.get("dev.joinery.runtime", "TextValues");

  public JavaFile generate(RecordModel record) {
    ClassName rows = RowsClass.of(record.element());
    TypeName recordType = TypeName.get(record.element().asType());
    TypeSpec type = TypeSpec.classBuilder(rows)
        .addJavadoc("Spark schema of {@link $T}, and conversions between its values and Spark rows.\n", recordType)
        .addAnnotation(Generated.annotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(schema(record))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("fromRow")
            .addJavadoc("The record held in {@code row}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(recordType)
            .addParameter(SparkTypeCode.ROW, "row")
            .addStatement("return fromRow(row, 0)")
            .build())
        .addMethod(fromRowAt(record, recordType))
        .addMethod(MethodSpec.methodBuilder("fromNullableRow")
            .addJavadoc("The record held in {@code row}, or null for a null struct.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(recordType)
            .addParameter(SparkTypeCode.ROW, "row")
            .addStatement("return row == null ? null : fromRow(row, 0)")
            .build())
        .addMethod(toRow(record, recordType))
        .build();
    return JavaFile.builder(rows.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }

  private FieldSpec schema(RecordModel record) {
    CodeBlock.Builder schema = CodeBlock.builder().add("new $T()", STRUCT_TYPE).indent();
    for (Component component : record.components()) {
      ColumnType type = component.type();
      CodeBlock metadata = metadata(component);
      if (metadata == null) {
        schema.add("\n.add($S, $L, $L)", component.name(), SparkTypeCode.dataType(type), type.nullable());
      } else {
        schema.add("\n.add($S, $L, $L, $L)", component.name(), SparkTypeCode.dataType(type), type.nullable(),
            metadata);
      }
    }
    return FieldSpec.builder(STRUCT_TYPE, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("One column per component, in declaration order; primitive components are NOT NULL.\n")
        .initializer(schema.unindent().build())
        .build();
  }

  /** The column's metadata (enum constants, rules, ResolveChoice), or null for none. */
  private static CodeBlock metadata(Component component) {
    ColumnType type = component.type();
    CodeBlock metadata = type.kind() == ColumnType.Kind.ENUM
        ? CodeBlock.of("$T.enumMetadata($L)", SparkTypeCode.VALUES, quoted(type.enumConstants()))
        : null;
    // An in rule needs the other table's spec, so the job's TableSpec carries it, not the schema.
    List<Expectation> rules = ExpectationReader.of(component).stream().filter(r -> !r.kind().equals("in")).toList();
    if (!rules.isEmpty()) {
      metadata = CodeBlock.of("$T.metadata($L, $L)", EXPECTATIONS,
          metadata == null ? CodeBlock.of("$T.noMetadata()", EXPECTATIONS) : metadata, rules(rules));
    }
    if (ResolveChoiceReader.resolvesChoice(component)) {
      metadata = metadata == null ? CodeBlock.of("$T.resolveChoice()", TEXT_VALUES)
          : CodeBlock.of("$T.resolveChoice($L)", TEXT_VALUES, metadata);
    }
    return metadata;
  }

  private MethodSpec fromRowAt(RecordModel record, TypeName recordType) {
    List<CodeBlock> arguments = new ArrayList<>();
    List<Component> components = record.components();
    for (int i = 0; i < components.size(); i++) {
      CodeBlock index = i == 0 ? CodeBlock.of("offset") : CodeBlock.of("offset + $L", i);
      arguments.add(SparkTypeCode.read(components.get(i).type(), index));
    }
    return MethodSpec.methodBuilder("fromRow")
        .addJavadoc("The record held in {@code row}'s columns from {@code offset} on, as a join places its right side.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(recordType)
        .addParameter(SparkTypeCode.ROW, "row")
        .addParameter(int.class, "offset")
        .addStatement("return new $T(\n$>$L$<)", recordType, CodeBlock.join(arguments, ",\n"))
        .build();
  }

  private MethodSpec toRow(RecordModel record, TypeName recordType) {
    List<CodeBlock> values = new ArrayList<>();
    for (Component component : record.components()) {
      values.add(SparkTypeCode.toValue(component.type(), CodeBlock.of("value.$L()", component.name())));
    }
    return MethodSpec.methodBuilder("toRow")
        .addJavadoc("{@code value} as a row of {@link #SCHEMA}, or null for null.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SparkTypeCode.ROW)
        .addParameter(recordType, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return $T.create(\n$>$L$<)", ROW_FACTORY, CodeBlock.join(values, ",\n"))
        .build();
  }

  /** Each rule as {@code Expectations.rule(name, action, kind, min, max, pattern, oneOf...)}. */
  private static CodeBlock rules(List<Expectation> rules) {
    return rules.stream().map(r -> CodeBlock.of("$T.rule($S, $S, $S, $S, $S, $S$L)", EXPECTATIONS, r.name(),
        r.action(), r.kind(), r.min().trim(), r.max().trim(), r.pattern(),
        r.oneOf().isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", quoted(r.oneOf()))))
        .collect(CodeBlock.joining(", "));
  }

  private static CodeBlock quoted(List<String> constants) {
    return constants.stream().map(c -> CodeBlock.of("$S", c)).collect(CodeBlock.joining(", "));
  }
}
