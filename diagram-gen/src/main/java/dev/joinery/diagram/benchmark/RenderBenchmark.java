package dev.joinery.diagram.benchmark;

import dev.joinery.diagram.dot.DotRenderer;
import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import dev.joinery.diagram.svg.SvgRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times SVG rendering in one JVM: a synthetic job diagram of {@code steps} steps, then each DOT
 * file given: for each, its first render (the very first one includes starting the engine) and the
 * median of later ones. Run with {@code bin/diagram-benchmark}.
 */
public final class RenderBenchmark {
  private RenderBenchmark() {}

  /** Arguments: {@code steps runs [file.dot...]}. */
  public static void main(String[] args) throws IOException {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    SvgRenderer renderer = new SvgRenderer(System.err::println);
    time(renderer, "synthetic job diagram of " + steps + " steps", new DotRenderer().render(syntheticJob(steps)), runs);
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]);
      time(renderer, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), runs);
    }
  }

  private static void time(SvgRenderer renderer, String name, String dot, int runs) {
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
    System.out.printf("%-45s first %6.0f ms, later median %6.1f ms (min %.1f, max %.1f, %d runs)%n",
        name, first, later[runs / 2], later[0], later[runs - 1], runs);
  }

  /** A source table and a chain of steps, with some steps also reading the table. */
  public static Diagram syntheticJob(int steps) {
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
