package dev.joinery.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.diagram.dot.DotRenderer;
import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgRendererTest {
  private final List<String> warnings = new ArrayList<>();
  private final SvgRenderer renderer = new SvgRenderer(warnings::add);

  private static String job(String javadoc) {
    return new DotRenderer().render(new Diagram("daily_revenue")
        .node(new Node("raw.orders", Node.Kind.TABLE, List.of("raw.orders", "CSV")))
        .node(new Node("paid", Node.Kind.STEP, List.of("paid (filter)", javadoc)))
        .edge(new Edge("raw.orders", "paid", "Order")));
  }

  @Test
  void rendersTheSameBytesEveryTime() {
    String first = renderer.render(job("Orders that were paid.")).orElseThrow();
    String second = new SvgRenderer(warnings::add).render(job("Orders that were paid.")).orElseThrow();
    assertEquals(first, second);
    assertTrue(first.startsWith("<svg"), first);
    assertTrue(first.contains(">paid (filter)</text>"), first);
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void anImageTagInALabelIsText() {
    String svg = renderer.render(job("Orders <img src=\"x.png\"> & <IMG SRC=y.png>")).orElseThrow();
    assertTrue(svg.contains("Orders &lt;img src=&quot;x.png&quot;&gt; &amp; &lt;IMG SRC=y.png&gt;"), svg);
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void labelsAreTextNotMarkup() {
    String svg = renderer.render(job("<script>alert(1)</script> & \"quotes\"")).orElseThrow();
    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), svg);
    assertFalse(svg.toLowerCase().contains("<script"), svg);
    assertFalse(svg.contains("href="), "no external references");
  }
}
