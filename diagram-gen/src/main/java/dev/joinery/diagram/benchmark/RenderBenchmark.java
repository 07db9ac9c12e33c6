package dev.joinery.diagram.benchmark;

import dev.joinery.diagram.dot.DotRenderer;
import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import dev.joinery.diagram.svg.SvgRenderer;
import java.util.Arrays;
import java.util.List;

/**
 * Times SVG rendering of a synthetic job diagram of {@code steps} steps: the first render of the
 * JVM (which starts the engine) and the median of later ones. Run with {@code bin/diagram-benchmark}.
 */
public final class RenderBenchmark {
  private RenderBenchmark() {}

  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    String dot = new DotRenderer().render(syntheticJob(steps));
    SvgRenderer renderer = new SvgRenderer(System.err::println);
    long start = System.nanoTime();
    renderer.render(dot).orElseThrow(() -> new IllegalStateException("no Graphviz engine could start"));
    double first = (System.nanoTime() - start) / 1e6;
    double[] later = new double[runs];
    for (int i = 0; i < runs; i++) {
      start = System.nanoTime();
      renderer.render(dot);
      later[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(later);
    System.out.printf("job diagram of %d steps: first render %.0f ms (engine start included), later renders"
        + " median %.1f ms (min %.1f, max %.1f, %d runs)%n", steps, first, later[runs / 2], later[0], later[runs - 1], runs);
  }

  /** A source table and a chain of steps, with some steps also reading the table. */
  static Diagram syntheticJob(int steps) {
    Diagram diagram = new Diagram("synthetic: " + steps + " steps");
    diagram.node(new Node("source", Node.Kind.TABLE, List.of("raw.events", "PARQUET · data/raw/events")));
    String previous = "source";
    for (int i = 0; i < steps; i++) {
      String id = "step" + i;
      diagram.node(new Node(id, Node.Kind.STEP,
          List.of(id + " (map)", "Step " + i + " of the synthetic job.", "Spark expression")));
      diagram.edge(new Edge(previous, id, "Record" + i));
      if (i % 7 == 3) {
        diagram.edge(new Edge("source", id, "Event"));
      }
      previous = id;
    }
    return diagram;
  }
}
