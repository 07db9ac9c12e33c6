package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @ResolveChoice}: the generated schema marks the column; on a typed format or a nested type, one tagged error. */
class ResolveChoiceTest {

  private static Compilation compile(JavaFileObject table) {
    return Compiler.javac().withProcessors(new JoineryProcessor()).compile(table);
  }

  private static String priceTable(String format, String priceType) {
    return """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "raw.prices", location = "data/prices", format = Format.%s)
        public record Price(long id,
            @ResolveChoice %s price,
            @ResolveChoice @Expect(min = "0") Integer quantity) {}
        """.formatted(format, priceType);
  }

  @Test
  void theGeneratedSchemaMarksTheColumnBesideItsRules() throws Exception {
    Compilation compilation = compile(JavaFileObjects.forSourceString("shop.Price", priceTable("JSON", "Double")));
    assertThat(compilation).succeededWithoutWarnings();
    String rows = Fixtures.generatedSource(compilation, "shop.PriceRows");
    assertThat(rows).contains(".add(\"id\", DataTypes.LongType, false)\n");
    assertThat(rows).contains(".add(\"price\", DataTypes.DoubleType, true, TextValues.resolveChoice())");
    assertThat(rows).contains(".add(\"quantity\", DataTypes.IntegerType, true, TextValues.resolveChoice("
        + "Expectations.metadata(Expectations.noMetadata(), Expectations.rule(\"quantity_range\"");
  }

  /** The table with one marked component, so that one mistake makes one error. */
  private static String onePriceTable(String format, String priceType) {
    return priceTable(format, priceType).replace("@ResolveChoice @Expect(min = \"0\") ", "");
  }

  @Test
  void onAParquetTableItIsAnErrorOnTheComponent() {
    String source = onePriceTable("PARQUET", "Double");
    JavaFileObject file = JavaFileObjects.forSourceString("shop.Price", source);
    Fixtures.expectOneError(compile(file), file, source, "@ResolveChoice Double price",
        "[joinery:table-definition] @ResolveChoice on 'price' of table 'raw.prices'",
        "ResolveChoice applies to CSV and JSON files",
        "reported by the schema drift check, naming the file and column");
  }

  @Test
  void onANestedTypeItIsAnError() {
    String source = onePriceTable("JSON", "java.util.List<Double>");
    JavaFileObject file = JavaFileObjects.forSourceString("shop.Price", source);
    Fixtures.expectOneError(compile(file), file, source, "@ResolveChoice java.util.List<Double> price",
        "[joinery:table-definition] @ResolveChoice on 'price'", "which cannot be converted from text");
  }
}
