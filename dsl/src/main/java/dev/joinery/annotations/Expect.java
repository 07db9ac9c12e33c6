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
 * ({@link #min} and/or {@link #max}), {@link #oneOf} or {@link #pattern}; repeat the annotation for
 * more rules on one component.
 *
 * <p>Rules on a source table's record apply whenever a job reads that table, after the read's own
 * checks (types, {@code @NotNull}, malformed rows): every row is checked against every rule, the
 * rows and the rows breaking each rule are counted for the run summary, and {@link #action} says
 * what happens to a breaking row. Rules run as Spark column expressions, never as JVM code.
 *
 * <p>A null value breaks only {@code notNull}; the other rules hold for null (add {@code
 * notNull} to reject it). A range compares with the column's type ({@code min} and {@code max}
 * are inclusive and written as Java would parse them: {@code "0"}, {@code "9.99"}, {@code
 * "2024-01-01"}, {@code "2024-01-01T00:00:00Z"}). A pattern is a {@link java.util.regex.Pattern}
 * the whole value must match (as {@code String.matches}, not a find).
 *
 * <pre>{@code
 * public record Order(long orderId,
 *     @Expect(oneOf = {"PAID", "PENDING", "CANCELLED"}, action = Expect.Action.QUARANTINE) String status,
 *     @Expect(min = "0", max = "1000", name = "sane_quantity") Integer quantity) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
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

  /** What a breaking row does: counted only ({@link Action#WARN}), set aside, or failing the run. */
  Action action() default Action.WARN;
}
