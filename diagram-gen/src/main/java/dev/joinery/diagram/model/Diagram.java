package dev.joinery.diagram.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph to draw, kept in insertion order so the same build always draws the same bytes.
 */
public final class Diagram {
  private final String title;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Edge.Style> legend = new ArrayList<>();
  private final List<Node.Mark> markLegend = new ArrayList<>();

  public Diagram(String title) {
    this.title = title;
  }

  public Diagram node(Node node) {
    if (nodes.putIfAbsent(node.id(), node) != null) {
      throw new IllegalArgumentException("node " + node.id() + " is already in diagram " + title);
    }
    return this;
  }

  public Diagram edge(Edge edge) {
    if (!nodes.containsKey(edge.from()) || !nodes.containsKey(edge.to())) {
      throw new IllegalArgumentException("edge " + edge + " joins a node that is not in diagram " + title);
    }
    if (edge.fromColumn() != null && !nodes.get(edge.from()).columns().contains(edge.fromColumn())
        || edge.toColumn() != null && !nodes.get(edge.to()).columns().contains(edge.toColumn())) {
      throw new IllegalArgumentException("edge " + edge + " names a column its node does not list");
    }
    edges.add(edge);
    return this;
  }

  /** Explains these edge styles in a legend box. */
  public Diagram legend(List<Edge.Style> styles) {
    legend.addAll(styles);
    return this;
  }

  /** Explains these node colours in the legend box. */
  public Diagram markLegend(List<Node.Mark> marks) {
    markLegend.addAll(marks);
    return this;
  }

  public List<Node.Mark> markLegend() {
    return List.copyOf(markLegend);
  }

  public List<Edge.Style> legend() {
    return List.copyOf(legend);
  }

  public String title() {
    return title;
  }

  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  public List<Edge> edges() {
    return List.copyOf(edges);
  }
}
