package dev.joinery.review.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The lineage of one build, as its processor wrote it under {@code META-INF/joinery/}: every
 * table with its columns, every job with its steps and the column lineage of what it writes.
 *
 * @param origin where it was read from, for messages
 */
public record Snapshot(String origin, SortedMap<String, Table> tables, SortedMap<String, Job> jobs) {

  public record Table(String name, String format, String location, String description, List<Column> columns) {
    public Optional<Column> column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
  }

  public record Column(String name, String type, boolean nullable) {}

  /**
   * @param outputs per table written, its columns' lineage to the job's source tables and the
   *     columns every row depends on ({@code dataset})
   */
  public record Job(String name, String description, String schedule, List<String> inputs, List<Step> steps,
      Map<String, Lineage> outputs) {
    public Optional<Step> step(String name) {
      return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
  }

  /**
   * A step: {@code fields} and {@code dataset} name columns of its inputs (steps or tables).
   *
   * @param sink the table it writes, or null
   * @param definition its declaration as javac prints it
   */
  public record Step(String name, String kind, List<String> inputs, String output, String sink, String definition,
      Map<String, List<Dep>> fields, List<Dep> dataset) {}

  /** The column lineage of one output table: per column, and for the table's rows as a whole. */
  public record Lineage(Map<String, List<Dep>> fields, List<Dep> dataset) {}

  /**
   * One way a column depends on an input column: OpenLineage's type ({@code DIRECT} or
   * {@code INDIRECT}), subtype and description.
   */
  public record Dep(String dataset, String field, String type, String subtype, String description) {
    public boolean direct() {
      return "DIRECT".equals(type);
    }

    @Override
    public String toString() {
      return dataset + "." + field + " (" + type + " " + subtype + (description == null ? "" : " " + description) + ")";
    }
  }
}
