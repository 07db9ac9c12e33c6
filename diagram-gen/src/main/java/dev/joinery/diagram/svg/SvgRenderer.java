package dev.joinery.diagram.svg;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders DOT to SVG with the Graphviz build bundled in graphviz-java (viz.js), never a system
 * {@code dot}, so the same DOT gives the same SVG bytes on every machine. The engine starts once
 * per JVM and is kept: J2V8's native library can be loaded only once, and an IDE or a Maven
 * daemon compiles many times in one JVM. When no engine can start, rendering reports it once
 * and returns nothing, so callers still write DOT.
 */
public final class SvgRenderer {
  private static Boolean engineStarted;

  private final Consumer<String> warnings;

  /** @param warnings told once per JVM, in words for a build log, when no engine can start */
  public SvgRenderer(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  public Optional<String> render(String dot) {
    if (!startEngine()) {
      return Optional.empty();
    }
    synchronized (SvgRenderer.class) {
      return Optional.of(normalize(Graphviz.fromString(dot).render(Format.SVG).toString()));
    }
  }

  private boolean startEngine() {
    synchronized (SvgRenderer.class) {
      if (engineStarted == null) {
        try {
          Graphviz.useEngine(new GraphvizV8Engine());
          Graphviz.fromString("digraph { a }").render(Format.SVG).toString();
          engineStarted = true;
        } catch (RuntimeException | LinkageError e) {
          engineStarted = false;
          warnings.accept("Joinery could not start the bundled Graphviz engine (" + e
              + "); writing DOT files only, no SVG.");
        }
      }
      return engineStarted;
    }
  }

  /** Line ends as {@code \n} whatever the platform, so files compare byte for byte. */
  private static String normalize(String svg) {
    return svg.replace("\r\n", "\n");
  }
}
