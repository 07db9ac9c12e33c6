package dev.joinery.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources: a small shop catalog, and jobs written against it. */
final class Fixtures {
  private Fixtures() {}

  static final JavaFileObject ORDER = JavaFileObjects.forSourceString("shop.Order", """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV)
      public record Order(long orderId, long customerId, String status,
          @Decimal(precision = 10, scale = 2) BigDecimal price, int quantity, LocalDate orderDate) {}
      """);

  static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceString("shop.Customer", """
      package shop;

      import dev.joinery.annotations.*;

      @Table(name = "raw.customers", location = "data/raw/customers", format = Format.JSON)
      public record Customer(long id, String name, String country) {}
      """);

  static final JavaFileObject DAILY_REVENUE = JavaFileObjects.forSourceString("shop.DailyRevenue", """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "curated.daily_revenue", location = "data/curated/daily_revenue",
          format = Format.PARQUET, partitionBy = "day")
      public record DailyRevenue(LocalDate day, String country,
          @Sum("amount") BigDecimal revenue, @Count long orders) {}
      """);

  /** The job of the design document, correct. Tests break one thing in it at a time. */
  static final String REVENUE_JOB = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      /** Revenue per country and day, from paid orders only. */
      @Job(name = "daily_revenue", schedule = "0 2 * * *")
      final class DailyRevenueJob {

        /** Orders that were paid. */
        @Filter
        static boolean paid(Order o) { return "PAID".equals(o.status()); }

        /** One line per paid order: its value and the buyer's country. */
        @Join(on = "customerId = id")
        static Line line(@From("paid") Order o, @From("raw.customers") Customer c) {
          return new Line(o.orderDate(), c.country(), o.price().multiply(BigDecimal.valueOf(o.quantity())));
        }

        record Line(LocalDate day, String country, BigDecimal amount) {}

        /** Revenue per day and country. */
        @Aggregate(from = "line", groupBy = {"day", "country"})
        @Sink
        DailyRevenue revenue;
      }
      """;

  static JavaFileObject job(String qualifiedName, String source) {
    return JavaFileObjects.forSourceString(qualifiedName, source);
  }

  /** Compiles {@code sources} with the shop catalog and Joinery's processor. */
  static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(ORDER, CUSTOMER, DAILY_REVENUE));
    all.addAll(List.of(sources));
    return Compiler.javac().withProcessors(new JoineryProcessor()).compile(all);
  }

  /** The text of a source file the compilation generated, {@code shop.JoineryDailyRevenueJob} say. */
  static String generatedSource(Compilation compilation, String qualifiedName) throws java.io.IOException {
    return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
  }

  /** {@code source} with its first {@code from} replaced, failing if there is none (so a test cannot silently test the original). */
  static String replace(String source, String from, String to) {
    assertWithMessage("fixture contains %s", from).that(source.contains(from)).isTrue();
    return source.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /**
   * Asserts that {@code compilation} failed with exactly one error, containing each of
   * {@code fragments}, in {@code file} on the line where {@code at} first stands in {@code source}.
   */
  static void expectOneError(Compilation compilation, JavaFileObject file, String source, String at,
      String... fragments) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(lineOf(source, at));
    }
  }

  /** Compiles {@code source} as class {@code qualifiedName} with the shop catalog and expects one error (as above). */
  static void expectOneError(String qualifiedName, String source, String at, String... fragments) {
    JavaFileObject file = job(qualifiedName, source);
    expectOneError(compile(file), file, source, at, fragments);
  }

  /** The 1-based line of the first occurrence of {@code text}. */
  static long lineOf(String source, String text) {
    int index = source.indexOf(text);
    assertWithMessage("source contains %s", text).that(index).isAtLeast(0);
    return source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
