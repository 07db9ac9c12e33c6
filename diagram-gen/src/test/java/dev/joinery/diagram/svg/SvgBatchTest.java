package dev.joinery.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.diagram.benchmark.RenderBenchmark;
import dev.joinery.diagram.dot.DotRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering in a child JVM, the fallback when the engine cannot start in this one, gives the same bytes. */
class SvgBatchTest {

  @Test
  void childJvmRendersTheSameBytesAsThisOne() throws Exception {
    Map<String, String> dots = new LinkedHashMap<>();
    dots.put("a", "digraph { a -> b [label=\"Order\"] }");
    dots.put("b", "digraph { x [shape=cylinder, label=\"raw.orders\\nCSV\"] }");
    List<String> warnings = new ArrayList<>();

    Map<String, String> here = new SvgBatch(warnings::add).render(dots);
    Map<String, String> child = new SvgBatch(warnings::add).inChildJvm(dots, null);

    assertEquals(here.keySet(), child.keySet());
    assertEquals(here, child);
    assertTrue(child.get("b").contains(">raw.orders</text>"), child.get("b"));
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  /** GraalJS is the engine where J2V8 has no native library; it runs the same viz.js. */
  @Test
  void graalJsRendersTheSameBytesAsV8() throws Exception {
    Map<String, String> dots = new LinkedHashMap<>();
    dots.put("job", new DotRenderer().render(RenderBenchmark.syntheticJob(12)));
    dots.put("escaped", "digraph { a [label=\"<script>alert(1)</script> & \\\"q\\\"\"] }");
    List<String> warnings = new ArrayList<>();

    Map<String, String> v8 = new SvgBatch(warnings::add).inChildJvm(dots, "v8");
    Map<String, String> graal = new SvgBatch(warnings::add).inChildJvm(dots, "graaljs");

    assertEquals(v8, graal);
    assertTrue(graal.get("escaped").contains("&lt;script&gt;"), graal.get("escaped"));
    assertTrue(warnings.isEmpty(), warnings.toString());
  }
}
