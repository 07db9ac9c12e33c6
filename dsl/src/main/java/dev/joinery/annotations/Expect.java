package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A data quality rule on a table record's component (an expectation, as in Delta Live Tables or
 * AWS Glue Data Quality). Each {@code @Expect} states exactly one rule: {@link #notNull}, a range
 * ({@link #min} and/or {@link #max}), {@link #oneOf}, {@link #pattern}, {@link #unique} or {@link
 * #in} (values present in another table); repeat the annotation for more rules on one component.
 *
 * <p>On a method of the record instead, {@code @Expect} states a condition over several columns:
 * the method is {@code static}, takes the record and returns {@code boolean}, true for a good row,
 * and is written in the subset Joinery translates to Spark (as a {@code @Filter} body is), since
 * rules never run as JVM code. Only {@link #name} and {@link #action} apply there. Row count bounds
 * are {@link ExpectRows} on the record.
 *
 * <p>Rules on a table's record apply whenever a job reads that table, after the read's own checks
 * (types, {@code @NotNull}, malformed rows), and whenever a job writes it, before its commit: every
 * row is checked against every rule, the rows and the rows breaking each rule are counted for the
 * run summary, and {@link #action} says what happens to a breaking row. Rules run as Spark column
 * expressions, never as JVM code.
 *
 * <p>A null value breaks only {@code notNull}; the other rules hold for null (add {@code
 * notNull} to reject it). A range compares with the column's type ({@code min} and {@code max}
 * are inclusive and written as Java would parse them: {@code "0"}, {@code "9.99"}, {@code
 * "2024-01-01"}, {@code "2024-01-01T00:00:00Z"}). A pattern is a {@link java.util.regex.Pattern}
 * the whole value must match (as {@code String.matches}, not a find).
 *
 * <pre>{@code
 * public record Order(@Expect(unique = true, action = Expect.Action.FAIL) long orderId,
 *     @Expect(in = "raw.customers.id", action = Expect.Action.QUARANTINE) long customerId,
 *     @Expect(oneOf = {"PAID", "PENDING", "CANCELLED"}, action = Expect.Action.QUARANTINE) String status,
 *     @Expect(min = "0", max = "1000", name = "sane_quantity") Integer quantity, BigDecimal price) {
 *
 *   @Expect(name = "paid_has_price", action = Expect.Action.QUARANTINE)
 *   static boolean paidHasPrice(Order o) {
 *     return !"PAID".equals(o.status()) || o.price() != null;
 *   }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Repeatable(Expects.class)
public @interface Expect {
  /** What a row that breaks the rule does to the run. */
  enum Action {
    /** The row passes; the rule's breaking rows are counted and reported. */
    WARN,
    /**
     * The row is left out of the job's input and written, with the rule, the reason, the run and
     * the job, to the side table under {@code .joinery/quarantine/<job>/<table>/} (in the catalog as
     * {@code quarantine.<job>_<db>_<table>})
     * (Parquet, appended in the run's commit, so a failed run leaves no quarantined rows).
     */
    QUARANTINE,
    /** The run fails before it commits anything, naming the job, table, column, rule and an offending value. */
    FAIL
  }

  /** The rule's name in results and messages; by default {@code <component>_<rule>}, as {@code status_one_of}. */
  String name() default "";

  /** The value must not be null. */
  boolean notNull() default false;

  /** Smallest allowed value (inclusive), parsed as the component's type; numbers, decimals, dates and times only. */
  String min() default "";

  /** Largest allowed value (inclusive), parsed as the component's type; numbers, decimals, dates and times only. */
  String max() default "";

  /** The allowed values of a {@code String} or enum component (enum constants by name). */
  String[] oneOf() default {};

  /** A Java regular expression the whole value of a {@code String} component must match. */
  String pattern() default "";

  /**
   * No two rows have the same non-null value. Every row holding a repeated value breaks the rule
   * (so a quarantine sets all of them aside, for a person to choose). Costs a shuffle of the table.
   */
  boolean unique() default false;

  /**
   * Each non-null value is present in a column of another table, named {@code "db.table.column"}
   * as in {@code "raw.customers.id"} (a foreign key). The run reads that table too, with its own
   * checks but not its rules. Costs a join with the other table's distinct values.
   */
  String in() default "";

  /** What a breaking row does: counted only ({@link Action#WARN}), set aside, or failing the run. */
  Action action() default Action.WARN;
}
