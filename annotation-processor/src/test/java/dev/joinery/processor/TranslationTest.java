package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
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
    String source = replace(REVENUE_JOB, "return \"PAID\".equals(o.status());", "return \"PAID\".equals(o.status().intern());");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[joinery:jvm-step] Step 'paid' of job daily_revenue runs as JVM code"
        + " over rows, not as a Spark expression, because of its call to String.intern().")
        .inFile(file).onLine(lineOf(source, "o.status().intern()"));
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

  /** The paid filter's body replaced by {@code condition}, with {@code fields} declared in the job class. */
  private static Compilation paidFilter(String condition, String fields) {
    String source = replace(REVENUE_JOB, "return \"PAID\".equals(o.status());", "return " + condition + ";");
    source = replace(source, "  record Line(", fields + "\n  record Line(");
    return Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", source));
  }

  private static java.util.List<String> notes(Compilation compilation) {
    return compilation.notes().stream().map(n -> n.getMessage(null)).toList();
  }

  @Test
  void grownSubsetTranslates() throws IOException {
    String[][] cases = {
        {"o.status().matches(\".*special.*requests.*\")", "like(\"%special%requests%\")"},
        {"o.status().matches(\"PRO_MO%.*\")", "like(\"PRO\\\\_MO\\\\%%\")"},
        {"o.status().matches(\"[A-Z]+\\\\d?\")", "rlike(\"\\\\A(?:[A-Z]+\\\\d?)\\\\z\")"},
        {"java.util.Set.of(\"MAIL\", \"SHIP\").contains(o.status())", "isin(lit(\"MAIL\"), lit(\"SHIP\"))"},
        {"MODES.contains(o.status())", "isin(lit(\"MAIL\"), lit(\"SHIP\"))"},
        {"java.util.List.of(1, 2, 3).contains(o.quantity())", ".isin(lit(1), lit(2), lit(3))"},
        {"o.price().doubleValue() / o.quantity() > 1.5", "pow("},
        {"o.status().length() > 3 && !o.status().trim().isEmpty() && !o.status().isBlank()", "UTF-16BE"},
        {"o.status().strip().equals(\"PAID\")", "trim(coalesce(col(\"status\")"},
        {"o.orderDate().plusMonths(o.quantity()).isBefore(END)", "add_months("},
        {"o.orderDate().minusYears(1).getDayOfYear() > 3 && o.orderDate().plusWeeks(2).isAfter(START)", "dayofyear("},
        {"o.price().compareTo(MIN) > 0", "new BigDecimal(\"0.05\")"},
        {"o.status().substring(1, 3).equals(\"AI\") || o.status().substring(2).isEmpty()",
            "o.status().substring(1, 3) has an index out of range, where the Java body would throw StringIndexOutOfBoundsException"},
        {"100 / o.quantity() > 3", "o.quantity() is zero, where the Java body would throw ArithmeticException"},
        {"o.price().divide(BigDecimal.valueOf(o.quantity()), 2, java.math.RoundingMode.HALF_EVEN).compareTo(MIN) > 0",
            "would throw ArithmeticException"},
        {"o.price().divide(MIN, java.math.RoundingMode.DOWN).doubleValue() > o.quantity() / 2.0", "lit(\"E-2\")"},
    };
    String fields = """
          static final java.util.Set<String> MODES = java.util.Set.of("MAIL", "SHIP");
          static final LocalDate START = LocalDate.of(1994, 1, 31);
          static final LocalDate END = START.plusYears(1);
          static final BigDecimal MIN = new BigDecimal("0.05");
        """;
    for (String[] c : cases) {
      Compilation compilation = paidFilter(c[0], fields);
      assertThat(compilation).succeededWithoutWarnings();
      assertWithMessage(c[0]).that(notes(compilation)).isEmpty();
      assertWithMessage(c[0]).that(Fixtures.generatedSource(compilation, "shop.JoineryDailyRevenueJob")).contains(c[1]);
    }
  }

  @Test
  void constantsOutsideTheSubsetKeepTheStepOnTheJvmNamingTheField() {
    assertThat(notes(paidFilter("o.orderDate().isBefore(END)",
        "  static final LocalDate END = LocalDate.now();\n")))
        .containsExactly("[joinery:jvm-step] Step 'paid' of job daily_revenue runs as JVM code over rows, not as a"
            + " Spark expression, because of its field DailyRevenueJob.END, whose initializer has a call to"
            + " LocalDate.now().");
    assertThat(notes(paidFilter("o.orderDate().isBefore(A)",
        "  static final LocalDate A = B.plusDays(1);\n  static final LocalDate B = DailyRevenueJob.A.plusDays(1);\n")))
        .containsExactly("[joinery:jvm-step] Step 'paid' of job daily_revenue runs as JVM code over rows, not as a"
            + " Spark expression, because of its field DailyRevenueJob.A, whose initializer refers back to itself.");
  }

  @Test
  void regexesAndCollectionsOutsideTheSubsetStayOnTheJvm() {
    assertThat(notes(paidFilter("o.status().matches(o.status())", "")).get(0))
        .contains("because of its String.matches with a regex that is not a literal or constant.");
    assertThat(notes(paidFilter("o.status().matches(\"[A-Z\")", "")).get(0))
        .contains("because of its String.matches with a regex Java rejects (Unclosed character class).");
    assertThat(notes(paidFilter("java.util.Set.of(\"A\", \"A\").contains(o.status())", "")).get(0))
        .contains("because of its Set.of with the element A twice (Java throws IllegalArgumentException).");
    assertThat(notes(paidFilter("java.util.Set.of(1L, 2L).contains(o.quantity())", "")).get(0))
        .contains("because of its contains of a INT value in a collection of LONG");
    assertThat(notes(paidFilter("o.price().divide(MIN, java.math.MathContext.DECIMAL64).signum() > 0",
        "  static final BigDecimal MIN = new BigDecimal(\"0.05\");\n")).get(0))
        .contains("because of its BigDecimal.divide with a MathContext (its precision, not a scale, bounds the result).");
    assertThat(notes(paidFilter("o.price().multiply(o.price()).multiply(o.price()).multiply(o.price())"
        + ".divide(o.price(), 2, java.math.RoundingMode.HALF_UP).compareTo(o.price()) > 0", "")).get(0))
        .contains("because of its BigDecimal.divide of values too wide (or of a kind not known) to divide exactly"
            + " within Spark's 38 decimal digits.");
    assertThat(notes(paidFilter("o.orderDate().plusMonths(o.orderId()).isBefore(o.orderDate())", "")).get(0))
        .contains("because of its LocalDate arithmetic with a long amount (only int amounts translate).");
  }
}
