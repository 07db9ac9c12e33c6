package dev.joinery.diagram.dot;

import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import java.util.List;

/**
 * Renders a diagram as Graphviz DOT. Node ids are generated (n0, n1, ...) and every label is an
 * escaped string, so nothing a user writes in a name or a Javadoc can change the graph's structure.
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
      dot.append("  n").append(i).append(" [shape=").append(shape(node.kind()))
          .append(", label=").append(quote(String.join("\n", node.lines()))).append("];\n");
    }
    for (Edge edge : diagram.edges()) {
      dot.append("  n").append(indexOf(nodes, edge.from())).append(" -> n").append(indexOf(nodes, edge.to()))
          .append(" [label=").append(quote(edge.label())).append("];\n");
    }
    return dot.append("}\n").toString();
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

  /** A DOT string literal: quotes and backslashes escaped, line breaks as centred line breaks. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': quoted.append("\\\""); break;
        case '\\': quoted.append("\\\\"); break;
        case '\n': quoted.append("\\n"); break;
        case '\r': break;
        default: quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
