package dev.joinery.diagram.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotRendererTest {

  private static Diagram revenueJob() {
    return new Diagram("daily_revenue")
        .node(new Node("raw.orders", Node.Kind.TABLE, List.of("raw.orders", "CSV")))
        .node(new Node("paid", Node.Kind.STEP, List.of("paid (filter)", "Orders that were paid.")))
        .edge(new Edge("raw.orders", "paid", "Order"));
  }

  @Test
  void rendersNodesAndEdgesInInsertionOrder() {
    assertEquals("""
        digraph joinery {
          graph [rankdir=LR, fontname="Helvetica", label="daily_revenue", labelloc=t];
          node [fontname="Helvetica", fontsize=11];
          edge [fontname="Helvetica", fontsize=9];
          n0 [shape=cylinder, label="raw.orders\\nCSV"];
          n1 [shape=box, label="paid (filter)\\nOrders that were paid."];
          n0 -> n1 [label="Order"];
        }
        """, new DotRenderer().render(revenueJob()));
  }

  @Test
  void labelsCannotBreakOutOfTheirString() {
    Diagram diagram = new Diagram("t").node(new Node("x", Node.Kind.STEP,
        List.of("say \"hi\"]; n9 [label=\"owned", "back\\slash <script>alert(1)</script>")));
    String dot = new DotRenderer().render(diagram);
    // Markup characters become entities, which Graphviz shows as the characters themselves.
    assertEquals("  n0 [shape=box, label=\"say \\\"hi\\\"]; n9 [label=\\\"owned\\nback\\\\slash &lt;script&gt;alert(1)&lt;/script&gt;\"];",
        dot.lines().filter(l -> l.startsWith("  n0")).findFirst().orElseThrow());
  }

  @Test
  void sameDiagramSameBytes() {
    assertEquals(new DotRenderer().render(revenueJob()), new DotRenderer().render(revenueJob()));
  }

  @Test
  void edgesMustJoinKnownNodes() {
    assertThrows(IllegalArgumentException.class, () -> revenueJob().edge(new Edge("paid", "nowhere", "Order")));
  }

  @Test
  void columnNodesGetPortsAndStyledEdgesAndALegend() {
    Diagram diagram = new Diagram("lineage")
        .node(new Node("t", Node.Kind.TABLE, List.of("raw.orders"), List.of("price", "qty <n>")))
        .node(new Node("s", Node.Kind.STEP, List.of("line (map)"), List.of("amount")))
        .edge(new Edge("t", "s", "", "price", "amount", Edge.Style.TRANSFORMATION))
        .edge(new Edge("t", "s", "", "qty <n>", null, Edge.Style.INDIRECT))
        .legend(List.of(Edge.Style.TRANSFORMATION, Edge.Style.INDIRECT));
    String dot = new DotRenderer().render(diagram);
    assertTrue(dot.contains("<td port=\"c1\" align=\"left\">qty &lt;n&gt;</td>"), dot);
    assertTrue(dot.contains("n0:c0 -> n1:c0 [label=\"\", color=\"#1f6feb\", style=solid, penwidth=1.0];"), dot);
    assertTrue(dot.contains("n0:c1 -> n1 [label=\"\", color=\"#8c959f\", style=dashed, penwidth=1.0];"), dot);
    assertTrue(dot.contains("legend [shape=plaintext"), dot);
  }

  @Test
  void edgesMustNameListedColumns() {
    Diagram diagram = new Diagram("t").node(new Node("a", Node.Kind.TABLE, List.of("a"), List.of("x")))
        .node(new Node("b", Node.Kind.STEP, List.of("b"), List.of("y")));
    assertThrows(IllegalArgumentException.class,
        () -> diagram.edge(new Edge("a", "b", "", "nope", "y", Edge.Style.IDENTITY)));
  }
}
