package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Sources that must compile cleanly, and what they generate. */
class ValidJobsTest {

  @Test
  void designDocumentJobCompilesWithoutDiagnostics() {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", Fixtures.REVENUE_JOB));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.JoineryDailyRevenueJob");
    assertThat(compilation).generatedSourceFile("shop.OrderRows");
    assertThat(compilation).generatedSourceFile("shop.DailyRevenueJob_LineRows");
    assertThat(compilation).generatedSourceFile("shop.DailyRevenueRows");
  }

  @Test
  void registersGeneratedJobsForTheCommandLine() throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", Fixtures.REVENUE_JOB));

    JavaFileObject services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/services/dev.joinery.runtime.JoineryJob").orElseThrow();
    assertThat(services.getCharContent(true).toString()).isEqualTo("shop.JoineryDailyRevenueJob\n");
  }

  @Test
  void generatedRunnerWiresStepsInDependencyOrder() throws IOException {
    // Declared out of order: the aggregate first, the filter last.
    String job = """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;
        import java.time.LocalDate;

        @Job(name = "out_of_order")
        final class OutOfOrderJob {
          @Aggregate(from = "line", groupBy = {"day", "country"})
          @Sink
          DailyRevenue revenue;

          @Join(on = "customerId = id")
          static Line line(@From("paid") Order o, Customer c) {
            return new Line(o.orderDate(), c.country(), o.price());
          }

          record Line(LocalDate day, String country, BigDecimal amount) {}

          @Filter
          static boolean paid(Order o) { return true; }
        }
        """;
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.OutOfOrderJob", job));

    assertThat(compilation).succeededWithoutWarnings();
    String runner = compilation.generatedSourceFile("shop.JoineryOutOfOrderJob").orElseThrow()
        .getCharContent(true).toString();
    int paid = runner.indexOf("Dataset<Row> paid =");
    int line = runner.indexOf("Dataset<Row> line =");
    int revenue = runner.indexOf("Dataset<Row> revenue =");
    assertThat(paid).isGreaterThan(0);
    assertThat(line).isGreaterThan(paid);
    assertThat(revenue).isGreaterThan(line);
    assertThat(runner).contains("return List.of(\"paid\", \"line\", \"revenue\");");
  }

  @Test
  void aSpigotIsListedInTheRunnerAndOnlyThere() throws IOException {
    Compilation plain = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", Fixtures.REVENUE_JOB));
    assertThat(Fixtures.generatedSource(plain, "shop.JoineryDailyRevenueJob")).doesNotContain("spigots()");

    Compilation sampled = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob",
        Fixtures.replace(Fixtures.REVENUE_JOB, "@Filter\n", "@Filter\n@Spigot(fraction = 0.05, seed = 7)\n")));
    assertThat(sampled).succeededWithoutWarnings();
    assertThat(Fixtures.generatedSource(sampled, "shop.JoineryDailyRevenueJob"))
        .contains("return List.of(new Spigot(\"paid\", 0, 0.05, 7L));");
  }

  @Test
  void everyStepKindAndColumnTypeCompiles() {
    String types = """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;
        import java.time.*;
        import java.util.List;

        @Table(name = "raw.everything", location = "data/everything", format = Format.PARQUET)
        public record Everything(boolean b, Boolean bb, byte y, Short s, int i, Integer ii, long l, Long ll,
            float f, Double d, String text, @Decimal(precision = 20, scale = 4) BigDecimal money,
            LocalDate date, Instant instant, LocalDateTime local, byte[] bytes, Color color,
            List<String> tags, java.util.Map<String, Long> counters, Point where, List<Point> path) {
          public enum Color { RED, GREEN }
          public record Point(double x, double y) {}
        }
        """;
    String job = """
        package shop;

        import dev.joinery.annotations.*;
        import java.util.List;

        @Job(name = "all_kinds")
        final class AllKindsJob {
          @Filter static boolean big(Order o) { return o.quantity() > 10; }
          @FlatMap static List<Order> twice(@From("big") Order o) { return List.of(o, o); }
          @Union(from = {"twice", "raw.orders"}) Order both;
          @DropNulls(from = "both") Order complete;
          @Deduplicate(from = "complete", keys = "orderId") Order unique;
          @Sort(from = "unique", by = {"orderDate desc", "orderId"}) Order sorted;
          @Join(left = "sorted", right = "raw.customers", on = "customerId = id", type = JoinType.ANTI)
          Order orphans;
          @Join(on = "customerId = id", type = JoinType.FULL)
          static Pair pair(@From("orphans") Order o, Customer c) {
            return new Pair(o == null ? null : o.orderId(), c == null ? null : c.name());
          }
          record Pair(Long orderId, String name) {}
          @Select(from = "pair", rename = "label = name") Labelled labelled;
          @Sink(mode = WriteMode.APPEND) @Map static Everything copy(@From("raw.everything") Everything e) { return e; }
          @Sink @Aggregate(from = "labelled", groupBy = "label") LabelCount counts;
        }
        """;
    String outputs = """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "curated.labelled", location = "out/labelled")
        public record Labelled(Long orderId, String label) {}
        """;
    String counts = """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "curated.label_counts", location = "out/label_counts", format = Format.JSON)
        public record LabelCount(String label, @Count long rows, @CountDistinct("orderId") long orders,
            @Min("orderId") Long first, @Max("orderId") Long last, @Avg("orderId") Double mean,
            @Sum("orderId") Long total) {}
        """;
    Compilation compilation = Fixtures.compile(
        Fixtures.job("shop.Everything", types),
        Fixtures.job("shop.Labelled", outputs),
        Fixtures.job("shop.LabelCount", counts),
        Fixtures.job("shop.AllKindsJob", job));

    // 'labelled' has no sink but is read, 'copy' writes raw.everything: no warnings expected.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.EverythingRows");
    assertThat(compilation).generatedSourceFile("shop.Everything_PointRows");
  }

  @Test
  void generatedSourcesAreTheSameBytesWhateverTheSourceOrder() throws IOException {
    JavaFileObject job = Fixtures.job("shop.DailyRevenueJob", Fixtures.REVENUE_JOB);
    Compilation forward = com.google.testing.compile.Compiler.javac().withProcessors(new JoineryProcessor())
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE, job);
    Compilation backward = com.google.testing.compile.Compiler.javac().withProcessors(new JoineryProcessor())
        .compile(job, Fixtures.DAILY_REVENUE, Fixtures.CUSTOMER, Fixtures.ORDER);

    assertThat(forward.generatedSourceFiles()).hasSize(5);
    for (JavaFileObject generated : forward.generatedSourceFiles()) {
      JavaFileObject twin = backward.generatedSourceFiles().stream()
          .filter(f -> f.toUri().equals(generated.toUri())).findFirst().orElseThrow();
      assertThat(twin.getCharContent(true).toString()).isEqualTo(generated.getCharContent(true).toString());
    }
  }

  @Test
  void aTableThatNamesNoFormatGetsTheProjectDefaultIcebergUnlessTheBuildSaysOtherwise() throws IOException {
    JavaFileObject table = Fixtures.job("shop.Summary", """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "curated.summary", location = "data/curated/summary")
        public record Summary(String status, @Count long orders) {}
        """);
    JavaFileObject job = Fixtures.job("shop.SummaryJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "summary")
        final class SummaryJob {
          @Aggregate(from = "raw.orders", groupBy = "status")
          @Sink
          Summary summary;
        }
        """);

    String iceberg = Fixtures.generatedSource(Fixtures.compile(table, job), "shop.JoinerySummaryJob");
    assertThat(iceberg).contains("Format.ICEBERG,\n    \"data/curated/summary\"");

    Compilation parquet = com.google.testing.compile.Compiler.javac().withProcessors(new JoineryProcessor())
        .withOptions("-Ajoinery.defaultFormat=parquet")
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE, table, job);
    assertThat(parquet).succeeded();
    assertThat(Fixtures.generatedSource(parquet, "shop.JoinerySummaryJob")).contains("Format.PARQUET,\n    \"data/curated/summary\"");
  }

  @Test
  void generatedNamesNeverCollideWithEachOtherOrWithTheGeneratedCodesOwn() {
    // Two table names that map to one constant name, and steps named like the runner's own locals.
    JavaFileObject items = Fixtures.job("shop.Item", """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "sales.order_items", location = "data/a", format = Format.PARQUET)
        public record Item(long orderId, String sku) {}
        """);
    JavaFileObject otherItems = Fixtures.job("shop.OtherItem", """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "sales_order.items", location = "data/b", format = Format.PARQUET)
        public record OtherItem(long orderId, String sku) {}
        """);
    JavaFileObject job = Fixtures.job("shop.NamesJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "names")
        final class NamesJob {
          // String.intern keeps it on the JVM: a lambda whose parameter is the runner's `row`.
          @Filter
          static boolean row(@From("sales.order_items") Item i) { return !i.sku().intern().isEmpty(); }

          @Map
          static OtherItem run(@From("row") Item i) { return new OtherItem(i.orderId(), i.sku().intern()); }

          @Filter
          @Sink
          static boolean salesOrderItems(@From("run") OtherItem i) { return true; }
        }
        """);

    Compilation compilation = Fixtures.compile(items, otherItems, job);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("shop.JoineryNamesJob");
  }

  @Test
  void anAggregateWithKeysAndNothingAggregatedIsADistinct() throws IOException {
    JavaFileObject statuses = Fixtures.job("shop.Status", """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "curated.statuses", location = "data/statuses", format = Format.PARQUET)
        public record Status(String status) {}
        """);
    JavaFileObject job = Fixtures.job("shop.StatusesJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "statuses")
        final class StatusesJob {
          @Aggregate(from = "raw.orders", groupBy = "status")
          @Sink
          Status statuses;
        }
        """);

    Compilation compilation = Fixtures.compile(statuses, job);

    assertThat(compilation).succeeded();
    String runner = Fixtures.generatedSource(compilation, "shop.JoineryStatusesJob");
    assertThat(runner).contains(".select(col(\"status\"))\n");
    assertThat(runner).contains(".distinct()");
  }

  @Test
  void nestedListsAndMapsAndBackslashesInJavadocCompile() {
    JavaFileObject nested = Fixtures.job("shop.Nested", """
        package shop;

        import dev.joinery.annotations.*;
        import java.util.List;
        import java.util.Map;

        @Table(name = "curated.nested", location = "data/nested", format = Format.PARQUET)
        public record Nested(long id, Map<String, List<String>> tags, List<List<Long>> matrix,
            Map<String, Map<String, Integer>> counts) {}
        """);
    // The fixture's Javadoc holds the six characters backslash, u, 0, 0, 5, c: javac reads them as a backslash.
    JavaFileObject job = Fixtures.job("shop.NestedJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "nested")
        final class NestedJob {
          /** Copies C:\\u005cusers\\u005cnested, keeping what users typed. */
          @Map
          @Sink
          static Nested copy(@From("curated.source") Source s) {
            return new Nested(s.id(), s.tags(), s.matrix(), s.counts());
          }
        }
        """);
    JavaFileObject source = Fixtures.job("shop.Source", """
        package shop;

        import dev.joinery.annotations.*;
        import java.util.List;
        import java.util.Map;

        @Table(name = "curated.source", location = "data/source", format = Format.PARQUET)
        public record Source(long id, Map<String, List<String>> tags, List<List<Long>> matrix,
            Map<String, Map<String, Integer>> counts) {}
        """);

    Compilation compilation = Fixtures.compile(nested, source, job);

    assertThat(compilation).succeeded();
  }
}
