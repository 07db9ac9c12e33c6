package dev.joinery.processor.model;

import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.MalformedRows;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** What a step does beyond its inputs and output, per kind. */
public sealed interface StepSpec {

  /** Filter, map and flat map: a method called once per row. */
  record Body(ExecutableElement method, Container container) implements StepSpec {}

  /** How a flat map returns its rows. */
  enum Container { NONE, COLLECTION, ITERABLE, STREAM }

  /**
   * Joins: a method building each output row (null for the field form).
   *
   * @param keys the equalities of {@code on}; empty for a cross join
   * @param where the job method narrowing the pairs, or an empty name for none
   * @param renames for a field join combining rows, output components taken from a named side's column
   */
  record JoinSpec(List<JoinKey> keys, JoinType type, ExecutableElement method, NameRef where, List<Rename> renames)
      implements StepSpec {

    public boolean hasCondition() {
      return !where.name().isEmpty();
    }

    /** Whether the left row can be missing (null in the body): right and full outer joins. */
    public boolean leftMayBeAbsent() {
      return type == JoinType.RIGHT || type == JoinType.FULL;
    }

    /** Whether the right row can be missing (null in the body): left and full outer joins. */
    public boolean rightMayBeAbsent() {
      return type == JoinType.LEFT || type == JoinType.FULL;
    }
  }

  /**
   * @param aggregates one per output component that carries an aggregate annotation
   */
  record AggregateSpec(List<NameRef> groupBy, List<AggregateColumn> aggregates) implements StepSpec {}

  /**
   * {@code @Sum("amount") BigDecimal revenue}: an output component computed by an aggregate function.
   *
   * @param source an input component or a job method computing the value; empty to count rows
   * @param when a job method choosing the rows aggregated, or an empty name for all
   */
  record AggregateColumn(Component output, AggregateFunction function, NameRef source, NameRef when) {

    /** Whether it counts rows rather than reading a component ({@code @Count} with no name). */
    public boolean countsRows() {
      return source.name().isEmpty();
    }
  }

  enum AggregateFunction {
    SUM("Sum"), COUNT("Count"), COUNT_DISTINCT("CountDistinct"), MIN("Min"), MAX("Max"), AVG("Avg");

    private final String annotation;

    AggregateFunction(String annotation) {
      this.annotation = annotation;
    }

    public String annotation() {
      return annotation;
    }

    public String annotationName() {
      return "dev.joinery.annotations." + annotation;
    }
  }

  record SelectSpec(List<Rename> renames) implements StepSpec {}

  /** Drop nulls: the columns it looks at (empty for all). */
  record ColumnsSpec(List<NameRef> columns) implements StepSpec {}

  /**
   * @param keys the columns that identify a row (empty for all)
   * @param keep the order of each key's rows, whose first is kept; empty when any row will do
   */
  record DeduplicateSpec(List<NameRef> keys, List<SortKey> keep) implements StepSpec {}

  /**
   * A window step: every input row, with the columns its output record copies and values
   * computed over the rows of its partition.
   *
   * @param functions one per output component that carries a window function annotation
   * @param aggregates one per output component that carries an aggregate annotation: running aggregates
   */
  record WindowSpec(List<NameRef> partitionBy, List<SortKey> orderBy, List<WindowColumn> functions,
      List<AggregateColumn> aggregates) implements StepSpec {}

  /**
   * {@code @Lag("amount") BigDecimal previous}: an output component computed by a window function.
   *
   * @param source the input column of {@code @Lag} and {@code @Lead}; null for the ranking functions
   * @param annotation the function's annotation, where a diagnostic about it points
   */
  record WindowColumn(Component output, WindowFunction function, NameRef source, int offset,
      AnnotationMirror annotation) {}

  enum WindowFunction {
    ROW_NUMBER("RowNumber"), RANK("Rank"), DENSE_RANK("DenseRank"), LAG("Lag"), LEAD("Lead");

    private final String annotation;

    WindowFunction(String annotation) {
      this.annotation = annotation;
    }

    public String annotation() {
      return annotation;
    }

    public String annotationName() {
      return "dev.joinery.annotations." + annotation;
    }

    /** Whether it reads the value of another row ({@code @Lag}, {@code @Lead}) rather than ranking the row. */
    public boolean readsAnotherRow() {
      return this == LAG || this == LEAD;
    }
  }

  /** @param limit how many of the first rows to keep; 0 for all */
  record SortSpec(List<SortKey> keys, int limit) implements StepSpec {}

  record UnionSpec() implements StepSpec {}

  /** One equality of a join condition. */
  record JoinKey(NameRef left, NameRef right) {}

  /** {@code output = input} in a select. */
  record Rename(NameRef output, NameRef input) {}

  record SortKey(NameRef column, boolean descending) {

    /** {@code "day"}, {@code "revenue desc"}: how messages and diagrams show it. */
    public String shown() {
      return column.name() + (descending ? " desc" : "");
    }
  }

  /** Glue's FillMissingValues: what replaces the nulls of each named component. */
  record FillSpec(List<Fill> fills) implements StepSpec {}

  /**
   * {@code "quantity = 0"}: a literal, or a statistic of the column's non-null values.
   *
   * @param literal the literal's text without quotes; empty for a statistic
   * @param quoted whether the literal was written in single quotes (text)
   * @param statistic null for a literal
   */
  record Fill(NameRef column, NameRef written, String literal, boolean quoted, Statistic statistic) {}

  enum Statistic { MEAN, MEDIAN, MODE, MIN, MAX }

  /** Glue's Unbox: a JSON text component parsed into the output component of the same name. */
  record UnboxSpec(NameRef column, MalformedRows malformed) implements StepSpec {}

  /**
   * Glue's Relationalize: nested records flattened, and one list exploded into rows.
   *
   * @param explode the list's path; empty for none
   * @param renames output component = dotted input path
   * @param keepEmpty whether a row with an empty or null list yields a row of nulls (explode_outer)
   */
  record RelationalizeSpec(NameRef explode, List<Rename> renames, boolean keepEmpty) implements StepSpec {}
}
