package dev.joinery.diagram.model;

import java.util.List;

/**
 * A box in a diagram: a table, a step or a job.
 *
 * @param id unique within its diagram; never shown
 * @param lines label lines, the first one the title; shown as text whatever they contain
 */
public record Node(String id, Kind kind, List<String> lines) {

  public enum Kind { TABLE, STEP, JOB }

  public Node {
    lines = List.copyOf(lines);
  }
}
