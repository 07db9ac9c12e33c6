package dev.joinery.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.REVENUE_JOB;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One broken job per diagnostic: the build fails with exactly one error, tagged, on the line of
 * the element at fault, saying what to change.
 */
class DiagnosticsTest {

  /** Compiles the revenue job with one edit and expects one error on the line holding {@code at}. */
  private static void expectOneError(String source, String at, String... fragments) {
    Fixtures.expectOneError("shop.DailyRevenueJob", source, at, fragments);
  }

  private static void expectOneError(Compilation compilation, JavaFileObject file, String source, String at,
      String... fragments) {
    Fixtures.expectOneError(compilation, file, source, at, fragments);
  }

  @Test
  void withoutSparkOnTheClasspathOneErrorSaysWhatToAdd() {
    // Only the annotations: what a project has that forgot Spark and the runtime.
    List<File> annotationsOnly = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new).filter(f -> f.getPath().contains("dsl")).toList();
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB);
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor()).withClasspath(annotationsOnly)
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE, file);
    expectOneError(compilation, file, REVENUE_JOB, "@Job(name = \"daily_revenue\"",
        "[joinery:missing-dependency] Job daily_revenue cannot be generated: the compile classpath lacks"
            + " org.apache.spark:spark-sql_2.13",
        "dev.joinery:joinery-runtime", "joinery-starter-parent");
  }

  /** The revenue job with a top-N sort between the join and the aggregate. */
  private static String withTopLines(String limit) {
    return replace(replace(REVENUE_JOB, "@Aggregate(from = \"line\"", "@Aggregate(from = \"biggest\""),
        "record Line(", "@Sort(from = \"line\", by = {\"amount desc\", \"day\"}, limit = " + limit + ")\n"
            + "  Line biggest;\n\n  record Line(");
  }

  @Test
  void aSortCanKeepTheFirstRows() throws Exception {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", withTopLines("3")));
    assertThat(compilation).succeededWithoutWarnings();
    com.google.common.truth.Truth.assertThat(Fixtures.generatedSource(compilation, "shop.JoineryDailyRevenueJob"))
        .contains("line.orderBy(col(\"amount\").desc(), col(\"day\").asc()).limit(3));");
  }

  @Test
  void aSortLimitKeepsAtLeastOneRow() {
    expectOneError(withTopLines("-1"), "limit = -1", "[joinery:job-definition] @Sort on step 'biggest': limit = -1"
        + " keeps no row; give the number of first rows to keep, or leave limit out to keep them all.");
  }

  @Test
  void aSpigotGivesRowsOrAFractionNotBoth() {
    String source = replace(REVENUE_JOB, "@Filter\n", "@Filter\n@Spigot(rows = 5, fraction = 0.1)\n");
    expectOneError(source, "@Spigot(rows = 5, fraction = 0.1)",
        "[joinery:bad-spigot] @Spigot on step 'paid': give either rows (as in rows = 100) or fraction");
  }

  @Test
  void aSpigotFractionIsAtMostOne() {
    String source = replace(REVENUE_JOB, "@Filter\n", "@Filter\n@Spigot(fraction = 1.5)\n");
    expectOneError(source, "@Spigot(fraction = 1.5)",
        "[joinery:bad-spigot] @Spigot on step 'paid': fraction must be more than 0 and at most 1, not 1.5.");
  }

  @Test
  void unknownInputSuggestsTheNearestStep() {
    String source = replace(REVENUE_JOB, "@From(\"paid\")", "@From(\"payd\")");
    expectOneError(source, "@From(\"payd\")",
        "[joinery:unknown-input] Step 'line' reads 'payd', which is neither a step of job daily_revenue nor a catalog table.",
        "Did you mean 'paid'?");
  }

  @Test
  void unknownTableSuggestsTheNearestTable() {
    String source = replace(REVENUE_JOB, "@From(\"raw.customers\")", "@From(\"raw.customer\")");
    expectOneError(source, "@From(\"raw.customer\")", "[joinery:unknown-input]", "Did you mean 'raw.customers'?");
  }

  @Test
  void parameterWithoutFromMustBeATableRecord() {
    String source = replace(REVENUE_JOB, "static Line line(@From(\"paid\") Order o,", "static Line line(Line o,");
    source = replace(source, "return new Line(o.orderDate(), c.country(), o.price().multiply(BigDecimal.valueOf(o.quantity())));",
        "return o;");
    expectOneError(source, "static Line line(Line o,",
        "[joinery:unknown-input] Parameter 'o' of step 'line' has no @From, and its type DailyRevenueJob.Line is neither"
            + " a @Table record nor the output of another step");
  }

  /** The revenue job with a filter between the join and the aggregate, reading Line rows without @From. */
  private static final String WITH_KNOWN_COUNTRIES = replace(replace(REVENUE_JOB,
      "@Aggregate(from = \"line\"", "@Aggregate(from = \"known\""),
      "record Line(", "@Filter\n  static boolean known(Line l) { return l.country() != null; }\n\n  record Line(");

  @Test
  void aParameterOfARecordOneStepOutputsReadsThatStep() {
    assertThat(Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", WITH_KNOWN_COUNTRIES))).succeeded();
  }

  @Test
  void aParameterOfARecordSeveralStepsOutputNeedsFrom() {
    String source = replace(WITH_KNOWN_COUNTRIES, "record Line(",
        "@Sort(from = \"line\", by = \"day\")\n  Line byDay;\n\n  record Line(");
    expectOneError(source, "static boolean known(Line l)", "[joinery:unknown-input] Parameter 'l' of step 'known' has no"
        + " @From, and its type DailyRevenueJob.Line is the output of 2 steps (line, byDay); name its input with"
        + " @From(\"step\")");
  }

  @Test
  void parameterTypeMustMatchWhatItsInputProduces() {
    String source = replace(REVENUE_JOB, "static boolean paid(Order o)", "static boolean paid(@From(\"raw.customers\") Order o)");
    expectOneError(source, "static boolean paid(",
        "[joinery:type-mismatch] Parameter 'o' of step 'paid' is Order, but its input table raw.customers produces Customer.");
  }

  @Test
  void joinKeyMissingOnTheLeftSuggestsAComponent() {
    String source = replace(REVENUE_JOB, "on = \"customerId = id\"", "on = \"custId = id\"");
    expectOneError(source, "on = \"custId = id\"",
        "[joinery:unknown-column] Left join key 'custId' of step 'line' is not a component of Order.",
        "Did you mean 'customerId'?");
  }

  @Test
  void joinKeyMissingOnTheRight() {
    String source = replace(REVENUE_JOB, "on = \"customerId = id\"", "on = \"customerId = customerId\"");
    expectOneError(source, "on = \"customerId = customerId\"",
        "[joinery:unknown-column] Right join key 'customerId' of step 'line' is not a component of Customer.");
  }

  @Test
  void joinKeysMustHaveComparableTypes() {
    String source = replace(REVENUE_JOB, "on = \"customerId = id\"", "on = \"orderDate = id\"");
    expectOneError(source, "on = \"orderDate = id\"",
        "[joinery:join-key-type] Join keys of step 'line' cannot be compared: Order.orderDate is date but Customer.id is bigint.");
  }

  @Test
  void groupingKeyMustExistInTheInput() {
    String source = replace(REVENUE_JOB, "groupBy = {\"day\", \"country\"}", "groupBy = {\"day\", \"contry\"}");
    JavaFileObject job = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(job);
    // The misspelt key is unknown in the input, and 'country' is then neither grouped nor aggregated.
    assertThat(compilation).hadErrorContaining("[joinery:unknown-column] Grouping key 'contry' of step 'revenue'"
        + " is not a component of DailyRevenueJob.Line. Did you mean 'country'?")
        .inFile(job).onLine(lineOf(source, "groupBy = {\"day\", \"contry\"}"));
    assertThat(compilation).hadErrorContaining("[joinery:unaggregated-column] Component 'country' of DailyRevenue");
  }

  private static final String OUTPUT_TEMPLATE = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "curated.country_revenue", location = "data/curated/country_revenue")
      public record CountryRevenue(String country,
          @Sum("amount") BigDecimal revenue,
          @Count long orders) {}
      """;

  private static final String COUNTRY_JOB = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;

      @Job(name = "country_revenue")
      final class CountryRevenueJob {
        @Map
        static Line line(Order o) { return new Line(o.status(), o.price()); }

        record Line(String country, BigDecimal amount) {}

        @Aggregate(from = "line", groupBy = "country")
        @Sink
        CountryRevenue revenue;
      }
      """;

  private static void expectOneErrorInOutput(String output, String at, String... fragments) {
    JavaFileObject file = Fixtures.job("shop.CountryRevenue", output);
    Compilation compilation = Fixtures.compile(file, Fixtures.job("shop.CountryRevenueJob", COUNTRY_JOB));
    expectOneError(compilation, file, output, at, fragments);
  }

  @Test
  void templateForAggregateTestsIsValid() {
    assertThat(Fixtures.compile(Fixtures.job("shop.CountryRevenue", OUTPUT_TEMPLATE),
        Fixtures.job("shop.CountryRevenueJob", COUNTRY_JOB))).succeededWithoutWarnings();
  }

  @Test
  void aggregatedFieldMustExistInTheInput() {
    String output = replace(OUTPUT_TEMPLATE, "@Sum(\"amount\")", "@Sum(\"amont\")");
    expectOneErrorInOutput(output, "@Sum(\"amont\")",
        "[joinery:unknown-column] Aggregated component 'amont' of step 'revenue' is neither a component of"
            + " CountryRevenueJob.Line nor a static method of CountryRevenueJob.",
        "Did you mean 'amount'?");
  }

  @Test
  void aggregateMustFitTheField() {
    String output = replace(OUTPUT_TEMPLATE, "@Sum(\"amount\")", "@Sum(\"country\")");
    expectOneErrorInOutput(output, "@Sum(\"country\")",
        "[joinery:aggregate-type] @Sum component 'revenue' of step 'revenue' is BigDecimal, but only numbers can be summed");
  }

  @Test
  void countsAreLong() {
    String output = replace(OUTPUT_TEMPLATE, "@Count long orders", "@Count int orders");
    expectOneErrorInOutput(output, "@Count int orders", "[joinery:aggregate-type]", "counts are long");
  }

  @Test
  void everyOutputComponentIsGroupedOrAggregated() {
    String output = replace(OUTPUT_TEMPLATE, "@Count long orders) {}", "@Count long orders,\n    String status) {}");
    expectOneErrorInOutput(output, "String status",
        "[joinery:unaggregated-column] Component 'status' of CountryRevenue is neither a grouping key of step 'revenue' nor aggregated");
  }

  @Test
  void componentTypesMustHaveASparkType() {
    String output = replace(OUTPUT_TEMPLATE, "@Count long orders) {}", "@Count long orders,\n    @Max(\"country\") java.util.Date asOf) {}");
    JavaFileObject file = Fixtures.job("shop.CountryRevenue", output);
    Compilation compilation = Fixtures.compile(file, Fixtures.job("shop.CountryRevenueJob", COUNTRY_JOB));
    assertThat(compilation).hadErrorContaining("[joinery:unsupported-type] Component 'asOf' has type Date,"
        + " which Joinery cannot store in a Spark column: Date is not supported; use LocalDate, Instant or LocalDateTime.")
        .inFile(file).onLine(lineOf(output, "java.util.Date asOf"));
  }

  @Test
  void stepNamesAreUnique() {
    String source = replace(REVENUE_JOB, "  record Line(", "  @Filter\n  static boolean paid(Customer c) { return true; }\n\n  record Line(");
    expectOneError(source, "static boolean paid(Customer c)", "[joinery:duplicate-step] Job daily_revenue already has a step named 'paid'");
  }

  @Test
  void tableNamesAreUnique() {
    String other = """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "raw.orders", location = "data/raw/orders2")
        public record OtherOrder(long id) {}
        """;
    JavaFileObject file = Fixtures.job("shop.OtherOrder", other);
    Compilation compilation = Fixtures.compile(file);
    expectOneError(compilation, file, other, "name = \"raw.orders\"",
        "[joinery:duplicate-table] Table 'raw.orders' is already declared by shop.Order");
  }

  @Test
  void jobNamesAreUnique() {
    String second = replace(replace(REVENUE_JOB, "class DailyRevenueJob", "class DailyRevenueJob2"), "@Sink\n", "");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob2", replace(second, "/** Revenue per day and country. */",
        "/** Revenue per day and country. */"));
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB), file);
    assertThat(compilation).hadErrorContaining("[joinery:duplicate-job] Job name 'daily_revenue' is already used by shop.");
  }

  @Test
  void stepsMustNotFormACycle() {
    String source = replace(REVENUE_JOB, "static boolean paid(Order o)", "static boolean paid(@From(\"paid2\") Order o)");
    source = replace(source, "  record Line(", "  @Filter\n  static boolean paid2(@From(\"paid\") Order o) { return true; }\n\n  record Line(");
    expectOneError(source, "static boolean paid(",
        "[joinery:cycle] Steps of job daily_revenue read each other in a cycle: paid reads paid2, paid2 reads paid.");
  }

  @Test
  void jobMustHaveASink() {
    String source = replace(REVENUE_JOB, "  @Sink\n", "");
    expectOneError(source, "@Job(name", "[joinery:no-sink] Job daily_revenue has no @Sink");
  }

  @Test
  void sinkOutputMustBeATable() {
    String source = replace(REVENUE_JOB, "  @Join(on", "  @Sink\n  @Join(on");
    expectOneError(source, "  @Sink\n  @Join(on",
        "[joinery:sink-not-table] Step 'line' has @Sink, but its output DailyRevenueJob.Line is not a @Table record");
  }

  @Test
  void eachTableHasOneWriter() {
    String second = replace(replace(REVENUE_JOB, "class DailyRevenueJob", "class OtherRevenueJob"),
        "name = \"daily_revenue\"", "name = \"other_revenue\"");
    JavaFileObject file = Fixtures.job("shop.OtherRevenueJob", second);
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB), file);
    expectOneError(compilation, file, second, "@Sink",
        "[joinery:two-writers] Table curated.daily_revenue is already written by step 'revenue' of DailyRevenueJob");
  }

  @Test
  void unreadStepsAreAWarningNotAnError() {
    String source = replace(REVENUE_JOB, "  record Line(", "  /** Unused. */\n  @Filter\n  static boolean big(Order o) { return o.quantity() > 3; }\n\n  record Line(");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[joinery:unused-step] Step 'big' of job daily_revenue is read by no step")
        .inFile(file).onLine(lineOf(source, "static boolean big"));
  }

  @Test
  void methodStepsMustBeStatic() {
    String source = replace(REVENUE_JOB, "static boolean paid(Order o)", "boolean paid(Order o)");
    expectOneError(source, "boolean paid(Order o)", "[joinery:step-signature] Step 'paid' (@Filter) must be static");
  }

  @Test
  void filtersReturnBoolean() {
    String source = replace(REVENUE_JOB, "static boolean paid(Order o) { return \"PAID\".equals(o.status()); }",
        "static String paid(Order o) { return o.status(); }");
    expectOneError(source, "static String paid", "[joinery:step-signature] Step 'paid' (@Filter) returns String; a filter returns boolean");
  }

  @Test
  void scheduleMustBeCron() {
    String source = replace(REVENUE_JOB, "schedule = \"0 2 * * *\"", "schedule = \"0 25 * * *\"");
    expectOneError(source, "schedule = \"0 25 * * *\"", "[joinery:bad-schedule] Schedule '0 25 * * *' of job daily_revenue is not a Unix cron expression");
  }

  @Test
  void aBookmarkMustNameATableTheJobReads() {
    String source = replace(REVENUE_JOB, "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")",
        "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\",\n    bookmarks = {\"raw.orders\", \"raw.order\"})");
    expectOneError(source, "bookmarks = {", "[joinery:unknown-input] Bookmark 'raw.order' of job daily_revenue names no"
        + " table the job reads", "Did you mean 'raw.orders'?");
  }

  @Test
  void aBookmarkOnTheJobsOwnOutputIsAnError() {
    String source = replace(REVENUE_JOB, "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")",
        "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\",\n    bookmarks = \"curated.daily_revenue\")");
    expectOneError(source, "bookmarks = ", "[joinery:unknown-input] Bookmark 'curated.daily_revenue' of job"
        + " daily_revenue names no table the job reads", "The job reads [raw.orders, raw.customers].");
  }

  @Test
  void aBookmarkOnASourceCompiles() {
    String source = replace(REVENUE_JOB, "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")",
        "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\", bookmarks = \"raw.orders\")");
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", source));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("shop.JoineryDailyRevenueJob").contentsAsUtf8String()
        .contains("public List<String> bookmarked() {\n    return List.of(\"raw.orders\");");
  }

  @Test
  void jobNameIsLowerSnakeCase() {
    String source = replace(REVENUE_JOB, "name = \"daily_revenue\"", "name = \"Daily-Revenue\"");
    expectOneError(source, "@Job(name", "[joinery:job-definition] Job name 'Daily-Revenue' must be lower case letters");
  }

  @Test
  void tableNameIsDatabaseDotTable() {
    String table = """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "orders", location = "data/x")
        public record Loose(long id) {}
        """;
    JavaFileObject file = Fixtures.job("shop.Loose", table);
    expectOneError(Fixtures.compile(file), file, table, "name = \"orders\"",
        "[joinery:table-definition] Table name 'orders' must be database.table");
  }

  @Test
  void selectCannotNarrowTypes() {
    String job = """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "narrow")
        final class NarrowJob {
          @Sink
          @Select(from = "raw.customers", rename = "id = name")
          Narrow narrow;
        }
        """;
    String table = """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "curated.narrow", location = "out/narrow")
        public record Narrow(long id, String country) {}
        """;
    JavaFileObject file = Fixtures.job("shop.Narrow", table);
    Compilation compilation = Fixtures.compile(file, Fixtures.job("shop.NarrowJob", job));
    expectOneError(compilation, file, table, "long id",
        "[joinery:select-type] Step 'narrow' cannot turn name (string) into id (bigint) without losing values");
  }

  @Test
  void stepRecordsMustBeVisibleToGeneratedCode() {
    String source = replace(REVENUE_JOB, "  record Line(", "  private record Line(");
    expectOneError(source, "private record Line(", "[joinery:step-signature] Record DailyRevenueJob.Line, the output of step 'line', is private");
  }

  @Test
  void unionReadsTwoOrMoreInputs() {
    String source = replace(REVENUE_JOB, "  record Line(", "  @Union(from = \"paid\")\n  Order again;\n\n  record Line(");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:step-signature] Step 'again' (@Union) reads 1 input(s)")
        .inFile(file).onLine(lineOf(source, "@Union(from"));
  }

  @Test
  void aDefaultFormatThatNamesNoFormatIsOneError() {
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new JoineryProcessor())
        .withOptions("-Ajoinery.defaultFormat=XML")
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE,
            Fixtures.job("shop.DailyRevenueJob", Fixtures.REVENUE_JOB));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:bad-option] -Ajoinery.defaultFormat=XML names no format");
  }

  /** Compiles the revenue job with one more table, declared by {@code tableSource}, and expects one error in it. */
  private static void expectOneTableError(String tableSource, String at, String... fragments) {
    JavaFileObject table = Fixtures.job("shop.Broken", tableSource);
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB), table);
    expectOneError(compilation, table, tableSource, at, fragments);
  }

  private static final String BROKEN_TABLE = """
      package shop;

      import dev.joinery.annotations.*;
      import java.util.List;

      @Table(name = "curated.broken", location = "data/broken", format = Format.PARQUET)
      public record Broken(long id, String name) {}
      """;

  @Test
  void aTableWithoutColumnsIsAnError() {
    String source = replace(BROKEN_TABLE, "public record Broken(long id, String name) {}", "public record Broken() {}");
    expectOneTableError(source, "public record Broken()",
        "[joinery:table-definition] Table 'curated.broken' has no columns");
  }

  @Test
  void componentsThatDifferOnlyInCaseAreAnError() {
    String source = replace(BROKEN_TABLE, "String name)", "String name,\n    String Name)");
    expectOneTableError(source, "String Name)",
        "[joinery:table-definition] Components 'name' and 'Name' of table 'curated.broken' differ only in case");
  }

  @Test
  void decimalOnAComponentThatIsNoBigDecimalIsAnError() {
    String source = replace(BROKEN_TABLE, "(long id,", "(@Decimal(precision = 10, scale = 2) long id,");
    expectOneTableError(source, "@Decimal(precision = 10, scale = 2) long id",
        "[joinery:unsupported-type] @Decimal on component 'id' of type long has no effect");
  }

  @Test
  void partitioningByAListIsAnError() {
    String source = replace(BROKEN_TABLE, "format = Format.PARQUET)", "format = Format.PARQUET,\n    partitionBy = \"tags\")");
    source = replace(source, "String name)", "String name, List<String> tags)");
    expectOneTableError(source, "partitionBy = \"tags\"",
        "[joinery:table-definition] Table 'curated.broken' cannot be partitioned by 'tags', which is array<string>");
  }

  @Test
  void aShortInAnIcebergTableIsAnError() {
    String source = replace(BROKEN_TABLE, "format = Format.PARQUET)", "format = Format.ICEBERG)");
    source = replace(source, "(long id,", "(short id,");
    expectOneTableError(source, "(short id,",
        "[joinery:table-definition] Component 'id' of Iceberg table 'curated.broken' is smallint");
  }

  @Test
  void anEmptyJoinConditionSaysSo() {
    for (String on : new String[] {"\"\"", "\",\"", "\" = \""}) {
      String source = replace(REVENUE_JOB, "@Join(on = \"customerId = id\")", "@Join(on = " + on + ")");
      expectOneError(source, "@Join(on = ", "[joinery:job-definition] The join condition of step 'line' names no keys");
    }
  }

  @Test
  void aNonEquiJoinConditionSaysItIsNotSupported() {
    String source = replace(REVENUE_JOB, "@Join(on = \"customerId = id\")", "@Join(on = \"customerId < id\")");
    expectOneError(source, "@Join(on = ", "[joinery:job-definition] The join condition of step 'line' has 'customerId < id',"
        + " which is not a column name", "for <, >, != and other conditions, name a method: where = \"method\"");
  }

  @Test
  void aGroupingKeyListedTwiceIsAnError() {
    String source = replace(REVENUE_JOB, "groupBy = {\"day\", \"country\"}", "groupBy = {\"day\", \"country\", \"day\"}");
    expectOneError(source, "groupBy = {", "[joinery:job-definition] Grouping key 'day' of step 'revenue' is listed twice");
  }

  @Test
  void anArrayOfPrimitivesSuggestsAListOfTheirBoxes() {
    String source = replace(BROKEN_TABLE, "String name)", "String name, long[] ids)");
    expectOneTableError(source, "long[] ids", "[joinery:unsupported-type]", "use List<Long>");
  }

  @Test
  void stepsInAClassWithoutJobAreAnErrorOnTheClass() {
    String source = replace(REVENUE_JOB, "@Job(name = \"daily_revenue\", schedule = \"0 2 * * *\")\n", "");
    expectOneError(source, "final class DailyRevenueJob", "[joinery:job-definition] Class DailyRevenueJob declares steps"
        + " but has no @Job");
  }

  @Test
  void aggregatingAGroupingKeyIsAnError() {
    String source = replace(REVENUE_JOB, "groupBy = {\"day\", \"country\"}", "groupBy = {\"day\", \"country\", \"amount\"}");
    // amount is both grouped and summed (DailyRevenue's revenue is @Sum("amount")); the output needs the key too.
    JavaFileObject table = Fixtures.job("shop.Totals", """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;
        import java.time.LocalDate;

        @Table(name = "curated.totals", location = "data/totals", format = Format.PARQUET)
        public record Totals(LocalDate day, String country, BigDecimal amount, @Sum("amount") BigDecimal revenue) {}
        """);
    source = replace(source, "DailyRevenue revenue;", "Totals revenue;");
    JavaFileObject job = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(job, table);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:aggregate-type] @Sum component 'revenue' of step 'revenue'"
        + " aggregates grouping key 'amount'").inFile(table).onLine(8);
  }

  @Test
  void aGlobalAggregateIntoAPrimitiveIsAnError() {
    JavaFileObject table = Fixtures.job("shop.Overall", """
        package shop;

        import dev.joinery.annotations.*;

        @Table(name = "curated.overall", location = "data/overall", format = Format.PARQUET)
        public record Overall(@Max("orderId") long largestOrder, @Count long orders) {}
        """);
    JavaFileObject job = Fixtures.job("shop.OverallJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "overall")
        final class OverallJob {
          @Aggregate(from = "raw.orders")
          @Sink
          Overall overall;
        }
        """);
    Compilation compilation = Fixtures.compile(table, job);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:aggregate-type] @Max component 'largestOrder' of step 'overall'"
        + " is long, but without grouping keys it is computed over the whole input, and over an empty input it is null")
        .inFile(table).onLine(6);
  }

  @Test
  void aJobClassWhoseRunnerNameIsTooLongForAFileSystemIsAnError() {
    String longName = "DailyRevenue" + "x".repeat(233) + "Job"; // 248 characters: its own .class file fits, the runner's does not
    String source = REVENUE_JOB.replace("DailyRevenueJob", longName);
    JavaFileObject file = Fixtures.job("shop." + longName, source);
    expectOneError(Fixtures.compile(file), file, source, "final class " + longName,
        "[joinery:job-definition] The runner class Joinery generates for " + longName, "shorten the class name");
  }

  @Test
  void anEmptyFromIsOneUnknownInputError() {
    String source = replace(REVENUE_JOB, "@Aggregate(from = \"line\"", "@Aggregate(from = \"\"");
    expectOneError(source, "@Aggregate(from = \"\"", "[joinery:unknown-input]");
  }

  @Test
  void aJoinMethodWithOneParameterIsOneError() {
    String source = replace(REVENUE_JOB, "static Line line(@From(\"paid\") Order o, @From(\"raw.customers\") Customer c) {",
        "static Line line(@From(\"paid\") Order o) {\n          Customer c = null;");
    expectOneError(source, "static Line line(", "[joinery:step-signature]");
  }

  @Test
  void aJobMayNotOverwriteATableItReads() {
    String source = """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "cleanup")
        final class CleanupJob {
          @Filter
          @Sink
          static boolean paidOnly(@From("raw.orders") Order o) { return "PAID".equals(o.status()); }
        }
        """;
    JavaFileObject file = Fixtures.job("shop.CleanupJob", source);
    expectOneError(Fixtures.compile(file), file, source, "@Sink",
        "[joinery:overwrites-source] Step 'paidOnly' of job cleanup overwrites table raw.orders, which the job also reads",
        "use @Sink(mode = WriteMode.APPEND)");
  }

  @Test
  void appendingToATableTheJobReadsIsAllowed() {
    JavaFileObject file = Fixtures.job("shop.ReplayJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "replay")
        final class ReplayJob {
          @Filter
          @Sink(mode = WriteMode.APPEND)
          static boolean failed(@From("raw.orders") Order o) { return "FAILED".equals(o.status()); }
        }
        """);
    assertThat(Fixtures.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void jobsThatReadEachOthersTablesInACircleAreOneError() {
    JavaFileObject first = Fixtures.job("shop.ToCustomersJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "to_customers")
        final class ToCustomersJob {
          @Map
          @Sink
          static Customer customer(@From("raw.orders") Order o) { return new Customer(o.customerId(), "", ""); }
        }
        """);
    String source = """
        package shop;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;

        @Job(name = "from_customers")
        final class FromCustomersJob {
          @Map
          @Sink
          static Order order(@From("raw.customers") Customer c) {
            return new Order(c.id(), c.id(), "NEW", BigDecimal.ZERO, 1, null);
          }
        }
        """;
    JavaFileObject second = Fixtures.job("shop.FromCustomersJob", source);
    expectOneError(Fixtures.compile(first, second), second, source, "@Job(name = \"from_customers\")",
        "[joinery:cycle] Jobs read each other's tables in a cycle: from_customers writes raw.orders, which"
            + " to_customers reads; to_customers writes raw.customers, which from_customers reads.");
  }
}
