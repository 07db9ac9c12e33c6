package dev.joinery.diagram.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals("  n0 [shape=box, label=\"say \\\"hi\\\"]; n9 [label=\\\"owned\\nback\\\\slash <script>alert(1)</script>\"];",
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
}
