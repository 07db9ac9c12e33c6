package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.REVENUE_JOB;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which step bodies become Spark expressions, and what the build says about the others. */
class TranslationTest {

  @Test
  void designDocumentStepsAreTranslated() throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes().stream().map(n -> n.getMessage(null)).toList()).isEmpty();
    String runner = Fixtures.generatedSource(compilation, "shop.JoineryDailyRevenueJob");
    assertThat(runner).contains("run.step(\"paid\", \"filter\",");
    assertThat(runner).contains("lit(\"PAID\").eqNullSafe(col(\"status\"))");
    assertThat(runner).contains("run.step(\"line\", \"join\",");
    assertThat(runner).doesNotContain("FilterFunction");
    assertThat(runner).doesNotContain("MapFunction");
  }

  @Test
  void untranslatableStepRunsOnTheJvmWithANoteOnTheConstruct() throws IOException {
    String source = replace(REVENUE_JOB, "return \"PAID\".equals(o.status());", "return \"PAID\".equals(o.status().trim());");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[joinery:jvm-step] Step 'paid' of job daily_revenue runs as JVM code"
        + " over rows, not as a Spark expression, because of its call to String.trim().")
        .inFile(file).onLine(lineOf(source, "o.status().trim()"));
    assertThat(Fixtures.generatedSource(compilation, "shop.JoineryDailyRevenueJob")).contains("run.step(\"paid\", \"filter, JVM\",");
  }

  @Test
  void aRecordWithACompactConstructorInTheJobClassKeepsItsStepsOnTheJvmAndCompiles() throws IOException {
    // Reading any body of this class would make javac reject Named's constructor (JDK-8387215).
    String source = """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "names")
        final class NamesJob {
          @Table(name = "curated.names", location = "data/curated/names")
          record Named(long id, String name) {
            Named {
              name = name == null ? "" : name.trim();
            }
          }

          @Map
          @Sink
          static Named named(@From("raw.customers") Customer c) {
            return new Named(c.id(), c.name());
          }
        }
        """;
    JavaFileObject file = Fixtures.job("shop.NamesJob", source);
    Compilation compilation = Fixtures.compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[joinery:jvm-step] Step 'named' of job names runs as JVM code over"
        + " rows, not as a Spark expression, because of its neighbour record Named, whose canonical constructor is"
        + " written by hand").inFile(file).onLine(lineOf(source, "static Named named"));
    assertThat(Fixtures.generatedSource(compilation, "shop.JoineryNamesJob")).contains("MapFunction");
  }

  @Test
  void anAccessorTheRecordDeclaresItselfKeepsTheStepOnTheJvm() throws IOException {
    // The record normalises status in its accessor; a Spark expression over the column would skip that.
    JavaFileObject order = Fixtures.job("shop.Order", """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;
        import java.time.LocalDate;

        @Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV)
        public record Order(long orderId, long customerId, String status,
            @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity, LocalDate orderDate) {
          public String status() { return status == null ? null : status.toUpperCase(); }
        }
        """);
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB);
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new JoineryProcessor())
        .compile(order, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE, file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[joinery:jvm-step] Step 'paid' of job daily_revenue runs as JVM code"
        + " over rows, not as a Spark expression, because of its accessor status() that Order declares itself");
    assertThat(Fixtures.generatedSource(compilation, "shop.JoineryDailyRevenueJob")).contains("run.step(\"paid\", \"filter, JVM\",");
  }

  @Test
  void aRecordWithAConstructorOfItsOwnIsBuiltOnTheJvm() throws IOException {
    // The compact constructor normalises country; Spark building the row from the arguments would skip it.
    JavaFileObject line = Fixtures.job("shop.PaidLine", """
        package shop;

        import java.math.BigDecimal;
        import java.time.LocalDate;

        public record PaidLine(LocalDate day, String country, BigDecimal amount) {
          public PaidLine {
            country = country == null ? "??" : country;
          }
        }
        """);
    String source = replace(REVENUE_JOB, "static Line line(", "static PaidLine line(");
    source = replace(source, "return new Line(", "return new PaidLine(");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file, line);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[joinery:jvm-step] Step 'line' of job daily_revenue runs as JVM code"
        + " over rows, not as a Spark expression, because of its new PaidLine(...) through a constructor the record"
        + " declares itself");
  }

  @Test
  void requireTranslationTurnsTheNoteIntoAnError() {
    String source = replace(REVENUE_JOB, "return \"PAID\".equals(o.status());", "return \"PAID\" == o.status();");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor())
        .withOptions("-Ajoinery.requireTranslation=true")
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE, file);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:jvm-step] Step 'paid' of job daily_revenue runs as JVM code"
        + " over rows, not as a Spark expression, because of its == between references (it compares identity, not"
        + " values; use equals).").inFile(file).onLine(lineOf(source, "\"PAID\" == o.status()"));
  }

  @Test
  void flatMapsStayOnTheJvm() {
    String source = replace(REVENUE_JOB, "  record Line(",
        "  @FlatMap\n  static java.util.List<Order> twice(@From(\"paid\") Order o) { return java.util.List.of(o, o); }\n\n  record Line(");
    source = replace(source, "@From(\"paid\") Order o, @From", "@From(\"twice\") Order o, @From");
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", source));
    assertThat(compilation).succeeded();
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null)).toList())
        .containsExactly("[joinery:jvm-step] Step 'twice' of job daily_revenue runs as JVM code over rows, not as a"
            + " Spark expression, because of its flat map (a body that returns several rows).");
  }
}
