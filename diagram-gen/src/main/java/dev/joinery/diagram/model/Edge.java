package dev.joinery.diagram.model;

/**
 * A directed edge, labelled with what flows along it (a record type, a column).
 *
 * @param fromColumn the column of {@code from} it leaves, or null for the node as a whole
 * @param toColumn the column of {@code to} it reaches, or null for the node as a whole
 */
public record Edge(String from, String to, String label, String fromColumn, String toColumn, Style style) {

  /** How an edge is drawn; column lineage uses one per kind of dependency. */
  public enum Style {
    PLAIN("black", "solid", 1.0, "flows into"),
    IDENTITY("black", "solid", 1.0, "identity: copied as is"),
    TRANSFORMATION("#1f6feb", "solid", 1.0, "transformation: computed from"),
    AGGREGATION("#8250df", "bold", 2.0, "aggregation: summarised from"),
    INDIRECT("#8c959f", "dashed", 1.0, "indirect: decides which rows (filter, join, group, sort) or which branch");

    private final String color;
    private final String dotStyle;
    private final double width;
    private final String meaning;

    Style(String color, String dotStyle, double width, String meaning) {
      this.color = color;
      this.dotStyle = dotStyle;
      this.width = width;
      this.meaning = meaning;
    }

    public String color() {
      return color;
    }

    public String dotStyle() {
      return dotStyle;
    }

    public double width() {
      return width;
    }

    public String meaning() {
      return meaning;
    }
  }

  public Edge(String from, String to, String label) {
    this(from, to, label, null, null, Style.PLAIN);
  }
}
