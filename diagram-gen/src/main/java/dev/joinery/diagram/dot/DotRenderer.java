package dev.joinery.diagram.dot;

import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import java.util.List;
import java.util.Locale;

/**
 * Renders a diagram as Graphviz DOT. Node ids and ports are generated (n0, c0, ...) and every
 * label is an escaped string or escaped HTML-like text, so nothing a user writes in a name or a
 * Javadoc can change the graph's structure.
 */
public final class DotRenderer {

  public String render(Diagram diagram) {
    StringBuilder dot = new StringBuilder();
    dot.append("digraph joinery {\n");
    dot.append("  graph [rankdir=LR, fontname=\"Helvetica\", label=").append(quote(diagram.title()))
        .append(", labelloc=t];\n");
    dot.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
    dot.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    List<Node> nodes = diagram.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      dot.append("  n").append(i);
      if (node.columns().isEmpty()) {
        dot.append(" [shape=").append(shape(node.kind())).append(", label=")
            .append(quote(String.join("\n", node.lines())));
        if (node.mark() != Node.Mark.NONE) {
          dot.append(", style=filled, fillcolor=").append(quote(node.mark().fill()));
        }
        dot.append("];\n");
      } else {
        dot.append(" [shape=plaintext, label=").append(columnTable(node)).append("];\n");
      }
    }
    for (Edge edge : diagram.edges()) {
      Node from = nodes.get(indexOf(nodes, edge.from()));
      Node to = nodes.get(indexOf(nodes, edge.to()));
      dot.append("  n").append(indexOf(nodes, edge.from())).append(port(from, edge.fromColumn()))
          .append(" -> n").append(indexOf(nodes, edge.to())).append(port(to, edge.toColumn()))
          .append(" [label=").append(quote(edge.label()));
      if (edge.style() != Edge.Style.PLAIN) {
        dot.append(", color=").append(quote(edge.style().color())).append(", style=").append(edge.style().dotStyle())
            .append(", penwidth=").append(String.format(Locale.ROOT, "%.1f", edge.style().width()));
      }
      dot.append("];\n");
    }
    if (!diagram.legend().isEmpty() || !diagram.markLegend().isEmpty()) {
      dot.append("  legend [shape=plaintext, label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\">")
          .append("<tr><td align=\"left\"><b>Legend</b></td></tr>");
      for (Edge.Style style : diagram.legend()) {
        dot.append("<tr><td align=\"left\"><font color=\"").append(style.color()).append("\">")
            .append(style == Edge.Style.INDIRECT ? "- - -" : style == Edge.Style.AGGREGATION ? "&#9473;&#9473;&#9473;" : "&#9472;&#9472;&#9472;")
            .append("</font> ").append(html(style.meaning())).append("</td></tr>");
      }
      for (Node.Mark mark : diagram.markLegend()) {
        dot.append("<tr><td align=\"left\"><font color=\"").append(mark.fill()).append("\">&#9632;&#9632;</font> ")
            .append(html(mark.meaning())).append("</td></tr>");
      }
      dot.append("</table>>];\n");
    }
    return dot.append("}\n").toString();
  }

  /** An HTML-like label: the node's lines as a header, then one cell per column with a port. */
  private static String columnTable(Node node) {
    String fill = node.mark() != Node.Mark.NONE ? node.mark().fill() : node.kind() == Node.Kind.TABLE ? "#eef2f7" : "#fff8e5";
    StringBuilder label = new StringBuilder("<<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"4\">");
    for (int i = 0; i < node.lines().size(); i++) {
      label.append("<tr><td bgcolor=\"").append(fill).append("\">")
          .append(i == 0 ? "<b>" + html(node.lines().get(i)) + "</b>" : html(node.lines().get(i))).append("</td></tr>");
    }
    for (int c = 0; c < node.columns().size(); c++) {
      label.append("<tr><td port=\"c").append(c).append("\" align=\"left\">").append(html(node.columns().get(c)))
          .append("</td></tr>");
    }
    return label.append("</table>>").toString();
  }

  private static String port(Node node, String column) {
    return column == null ? "" : ":c" + node.columns().indexOf(column);
  }

  private static String shape(Node.Kind kind) {
    switch (kind) {
      case TABLE: return "cylinder";
      case JOB: return "component";
      default: return "box";
    }
  }

  private static int indexOf(List<Node> nodes, String id) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no node " + id);
  }

  /**
   * A DOT string literal: quotes and backslashes escaped, line breaks as centred line breaks, and
   * markup characters as the entities Graphviz turns back into text, so that no renderer reads
   * tags (graphviz-java refuses any label with an {@code <img>} in it).
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': quoted.append("\\\""); break;
        case '\\': quoted.append("\\\\"); break;
        case '<': quoted.append("&lt;"); break;
        case '>': quoted.append("&gt;"); break;
        case '&': quoted.append("&amp;"); break;
        case '\n': quoted.append("\\n"); break;
        case '\r': break;
        default: quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** Text inside an HTML-like label: markup characters as entities. */
  static String html(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<': escaped.append("&lt;"); break;
        case '>': escaped.append("&gt;"); break;
        case '&': escaped.append("&amp;"); break;
        case '"': escaped.append("&quot;"); break;
        case '\n': escaped.append("<br/>"); break;
        default: escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
