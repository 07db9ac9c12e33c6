package dev.joinery.diagram.model;

import java.util.List;

/**
 * A box in a diagram: a table, a step or a job.
 *
 * @param id unique within its diagram; never shown
 * @param lines label lines, the first one the title; shown as text whatever they contain
 * @param columns for column-level diagrams, one row per column that edges can attach to; empty otherwise
 * @param mark how a diff colours it
 */
public record Node(String id, Kind kind, List<String> lines, List<String> columns, Mark mark) {

  public enum Kind { TABLE, STEP, JOB }

  /** What a change did to a node, for diff diagrams; each with its fill colour and legend text. */
  public enum Mark {
    NONE("", ""),
    ADDED("#d1f7d6", "added"),
    REMOVED("#ffd7d5", "removed"),
    CHANGED("#ffe9a8", "changed"),
    IMPACTED("#dbe9ff", "downstream of a change");

    private final String fill;
    private final String meaning;

    Mark(String fill, String meaning) {
      this.fill = fill;
      this.meaning = meaning;
    }

    public String fill() {
      return fill;
    }

    public String meaning() {
      return meaning;
    }
  }

  public Node {
    lines = List.copyOf(lines);
    columns = List.copyOf(columns);
  }

  public Node(String id, Kind kind, List<String> lines, List<String> columns) {
    this(id, kind, lines, columns, Mark.NONE);
  }

  public Node(String id, Kind kind, List<String> lines) {
    this(id, kind, lines, List.of());
  }
}
