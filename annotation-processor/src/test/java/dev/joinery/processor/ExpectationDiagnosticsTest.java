package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Expect} rules: valid ones reach the generated schema, each malformed one is one tagged error on its line. */
class ExpectationDiagnosticsTest {
  private static final String PAYMENT = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "raw.payments", location = "data/raw/payments", format = Format.CSV)
      public record Payment(long id,
          @Expect(oneOf = {"PAID", "PENDING"}, action = Expect.Action.QUARANTINE) String status,
          @Expect(min = "0", max = "1000") int amount,
          @Expect(pattern = "[A-Z]{2}", name = "iso_country") @Expect(notNull = true) String country,
          @Expect(min = "2020-01-01", action = Expect.Action.FAIL) LocalDate day,
          @Decimal(precision = 10, scale = 2) BigDecimal fee) {}
      """;

  private static Compilation compile(String source) {
    return Fixtures.compile(Fixtures.job("shop.Payment", source));
  }

  private static void expectOneError(String source, String at, String... fragments) {
    Fixtures.expectOneError("shop.Payment", source, at, fragments);
  }

  @Test
  void validRulesReachTheGeneratedSchema() throws Exception {
    Compilation compilation = compile(PAYMENT);
    assertThat(compilation).succeeded();
    String rows = Fixtures.generatedSource(compilation, "shop.PaymentRows");
    assertThat(rows).contains("Expectations.rule(\"status_one_of\", \"QUARANTINE\", \"one_of\", \"\", \"\", \"\", \"PAID\", \"PENDING\")");
    assertThat(rows).contains("Expectations.rule(\"amount_range\", \"WARN\", \"range\", \"0\", \"1000\", \"\")");
    assertThat(rows).contains("Expectations.rule(\"iso_country\", \"WARN\", \"pattern\", \"\", \"\", \"[A-Z]{2}\")");
    assertThat(rows).contains("Expectations.rule(\"country_not_null\", \"WARN\", \"not_null\"");
    assertThat(rows).contains("Expectations.rule(\"day_range\", \"FAIL\", \"range\", \"2020-01-01\", \"\", \"\")");
  }

  @Test
  void aPatternMustCompile() {
    String source = replace(PAYMENT, "@Expect(pattern = \"[A-Z]{2}\"", "@Expect(pattern = \"[A-Z{2\"");
    expectOneError(source, "[A-Z{2", "[joinery:bad-expectation] @Expect on raw.payments.country: pattern '[A-Z{2'"
        + " is not a Java regular expression");
  }

  @Test
  void aRangeNeedsAComparableType() {
    String source = replace(PAYMENT, "@Expect(oneOf = {\"PAID\", \"PENDING\"}, action = Expect.Action.QUARANTINE)",
        "@Expect(min = \"A\")");
    expectOneError(source, "@Expect(min = \"A\")", "[joinery:bad-expectation] @Expect on raw.payments.status:"
        + " min/max apply to numbers, decimals, dates and times, not String; use oneOf or pattern for strings.");
  }

  @Test
  void aBoundMustParseAsTheComponentsType() {
    String source = replace(PAYMENT, "max = \"1000\"", "max = \"1e3\"");
    expectOneError(source, "max = \"1e3\"",
        "[joinery:bad-expectation] @Expect on raw.payments.amount: max = \"1e3\" is not a value of int");
  }

  @Test
  void aDateBoundMustBeADate() {
    String source = replace(PAYMENT, "min = \"2020-01-01\"", "min = \"2020-13-01\"");
    expectOneError(source, "min = \"2020-13-01\"",
        "[joinery:bad-expectation] @Expect on raw.payments.day: min = \"2020-13-01\" is not a value of");
  }

  @Test
  void minMustNotExceedMax() {
    String source = replace(PAYMENT, "min = \"0\", max = \"1000\"", "min = \"10\", max = \"1\"");
    expectOneError(source, "min = \"10\", max = \"1\"",
        "[joinery:bad-expectation] @Expect on raw.payments.amount: min 10 is above max 1");
  }

  @Test
  void oneOfNeedsAStringOrEnum() {
    String source = replace(PAYMENT, "@Expect(min = \"0\", max = \"1000\")", "@Expect(oneOf = {\"1\", \"2\"})");
    expectOneError(source, "@Expect(oneOf = {\"1\", \"2\"})",
        "[joinery:bad-expectation] @Expect on raw.payments.amount: oneOf applies to String or enum components, not int");
  }

  @Test
  void anExpectationStatesARule() {
    String source = replace(PAYMENT, "@Expect(notNull = true)", "@Expect(name = \"nothing\")");
    expectOneError(source, "@Expect(name = \"nothing\")",
        "[joinery:bad-expectation] @Expect on raw.payments.country states no rule");
  }

  @Test
  void anExpectationStatesOneRuleOnly() {
    String source = replace(PAYMENT, "@Expect(notNull = true)", "@Expect(notNull = true, pattern = \"x+\")");
    expectOneError(source, "pattern = \"x+\")",
        "[joinery:bad-expectation] @Expect on raw.payments.country states not_null and pattern; one @Expect states one rule");
  }

  @Test
  void notNullOnAPrimitiveCouldNeverFail() {
    String source = replace(PAYMENT, "@Expect(min = \"0\", max = \"1000\")", "@Expect(notNull = true)");
    expectOneError(source, "@Expect(notNull = true) int amount",
        "[joinery:bad-expectation] @Expect on raw.payments.amount: the component is a primitive int");
  }

  @Test
  void rulesOnAStepRecordWouldNeverRun() {
    String source = replace(Fixtures.REVENUE_JOB, "record Line(LocalDate day,", "record Line(@Expect(notNull = true) LocalDate day,");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:bad-expectation] @Expect on Line.day: Line is not a @Table"
        + " record, and rules run only when a job reads a table").inFile(file).onLine(lineOf(source, "record Line("));
  }

  @Test
  void ruleNamesAreUniqueInATable() {
    String source = replace(PAYMENT, "@Expect(notNull = true)", "@Expect(notNull = true, name = \"iso_country\")");
    expectOneError(source, "name = \"iso_country\")",
        "[joinery:bad-expectation] Table raw.payments has two rules named 'iso_country'");
  }

  /** PAYMENT with a rule of each kind that reads more than one value. */
  private static final String PAYMENT_WITH_TABLE_RULES = replace(replace(PAYMENT,
      "public record Payment(long id,", """
      @ExpectRows(min = 1, max = 1000000, action = Expect.Action.FAIL)
      public record Payment(@Expect(unique = true, action = Expect.Action.QUARANTINE)
          @Expect(in = "raw.customers.id", name = "known_customer") long id,"""),
      "BigDecimal fee) {}", """
      BigDecimal fee) {
        @Expect(action = Expect.Action.QUARANTINE)
        static boolean paidHasAmount(Payment p) {
          return !"PAID".equals(p.status()) || p.amount() > 0;
        }
      }""");

  @Test
  void uniqueReferentialConditionAndRowCountRulesCompile() throws Exception {
    Compilation compilation = compile(PAYMENT_WITH_TABLE_RULES);
    assertThat(compilation).succeededWithoutWarnings();
    String rows = Fixtures.generatedSource(compilation, "shop.PaymentRows");
    assertThat(rows).contains("Expectations.rule(\"id_unique\", \"QUARANTINE\", \"unique\"");
    assertThat(rows).doesNotContain("known_customer"); // the job's TableSpec carries in rules
  }

  @Test
  void inNamesATableOfTheBuild() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "raw.customers.id", "raw.clients.id");
    expectOneError(source, "raw.clients.id", "[joinery:bad-expectation] @Expect on raw.payments.id: in ="
        + " \"raw.clients.id\" names no table of this build; write the other table's name and column");
  }

  @Test
  void inNamesAColumnOfThatTable() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "raw.customers.id", "raw.customers.ident");
    expectOneError(source, "raw.customers.ident", "[joinery:bad-expectation] @Expect on raw.payments.id: table"
        + " raw.customers has no column ident (columns: id, name, country).");
  }

  @Test
  void inComparesValuesOfOneKind() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "raw.customers.id", "raw.customers.name");
    expectOneError(source, "raw.customers.name", "[joinery:bad-expectation] @Expect on raw.payments.id: long values"
        + " cannot be looked up in raw.customers.name, a String column.");
  }

  @Test
  void aRowCountHasNoRowToQuarantine() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "max = 1000000, action = Expect.Action.FAIL",
        "max = 1000000, action = Expect.Action.QUARANTINE");
    expectOneError(source, "@ExpectRows", "[joinery:bad-expectation] @ExpectRows on raw.payments: a row count has no"
        + " row to set aside; use action = WARN or FAIL.");
  }

  @Test
  void rowCountBoundsMustAllowACount() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "min = 1, max = 1000000", "min = 10, max = 5");
    expectOneError(source, "@ExpectRows", "[joinery:bad-expectation] @ExpectRows on raw.payments: min 10 and max 5"
        + " allow no row count");
  }

  @Test
  void aConditionIsAStaticMethodOfTheRecord() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "static boolean paidHasAmount(Payment p) {",
        "boolean paidHasAmount(Payment p) {");
    expectOneError(source, "@Expect(action = Expect.Action.QUARANTINE)", "[joinery:bad-expectation] @Expect on Payment.paidHasAmount(): a"
        + " condition is a static method that takes the record and returns boolean");
  }

  @Test
  void aConditionTakesOnlyNameAndAction() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "@Expect(action = Expect.Action.QUARANTINE)\n",
        "@Expect(action = Expect.Action.QUARANTINE, notNull = true)\n");
    expectOneError(source, "QUARANTINE, notNull = true)", "[joinery:bad-expectation] @Expect on Payment.paidHasAmount(): on a"
        + " method, @Expect states the method's condition, so only name and action apply; notNull belongs on a"
        + " component.");
  }

  @Test
  void aConditionMustTranslateToSpark() {
    String source = replace(PAYMENT_WITH_TABLE_RULES, "!\"PAID\".equals(p.status())",
        "!\"PAID\".equals(p.status().intern())");
    expectOneError(source, "p.status().intern()", "[joinery:bad-expectation] Rule paid_has_amount of table raw.payments"
        + " (Payment.paidHasAmount()) must run as a Spark expression, and its call to String.intern() is outside what"
        + " Joinery translates");
  }

  @Test
  void aConditionOnAJobMethodWouldNeverRun() {
    String paid = "static boolean paid(Order o) { return \"PAID\".equals(o.status()); }";
    String source = replace(Fixtures.REVENUE_JOB, paid, paid
        + "\n  @Expect(action = Expect.Action.FAIL) static boolean priced(Order o) { return o.price() != null; }");
    JavaFileObject file = Fixtures.job("shop.DailyRevenueJob", source);
    Compilation compilation = Fixtures.compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[joinery:bad-expectation] @Expect on priced() of job daily_revenue:"
        + " rules belong to the tables they check").inFile(file).onLine(lineOf(source, "static boolean priced("));
  }
}
