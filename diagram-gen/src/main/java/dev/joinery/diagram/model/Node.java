package dev.joinery.diagram.model;

import java.util.List;

/**
 * A box in a diagram: a table, a step or a job.
 *
 * @param id unique within its diagram; never shown
 * @param lines label lines, the first one the title; shown as text whatever they contain
 * @param columns for column-level diagrams, one row per column that edges can attach to; empty otherwise
 */
public record Node(String id, Kind kind, List<String> lines, List<String> columns) {

  public enum Kind { TABLE, STEP, JOB }

  public Node {
    lines = List.copyOf(lines);
    columns = List.copyOf(columns);
  }

  public Node(String id, Kind kind, List<String> lines) {
    this(id, kind, lines, List.of());
  }
}
