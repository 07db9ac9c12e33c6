package dev.joinery.diagram.svg;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizEngine;
import guru.nidi.graphviz.engine.GraphvizJdkEngine;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders DOT to SVG with the Graphviz build bundled in graphviz-java (viz.js), never a system
 * {@code dot}, so the same DOT gives the same SVG bytes on every machine. The engine starts once
 * per JVM and is kept: J2V8's native library can be loaded only once, and an IDE or a Maven
 * daemon compiles many times in one JVM. When no engine can start, rendering reports it once
 * and returns nothing, so callers still write DOT.
 *
 * <p>The engine is V8 (J2V8) on x86_64, whose native library J2V8 ships, and GraalJS (community,
 * on the class path through the {@code graaljs-where-no-v8} profile) elsewhere; both run the same
 * viz.js and give the same bytes. The system property {@value #ENGINE_PROPERTY} ({@code v8} or
 * {@code graaljs}) chooses one explicitly.
 *
 * <p>J2V8's native library is loaded from a copy under {@code java.io.tmpdir}, made once per user
 * and kept for later builds, with its executable-stack mark cleared so the JVM loads it without a
 * warning; see {@link J2v8NativeLibrary}.
 */
public final class SvgRenderer {
  public static final String ENGINE_PROPERTY = "joinery.diagrams.engine";
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
          Graphviz.useEngine(engine());
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

  private static GraphvizEngine engine() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean x86 = arch.equals("amd64") || arch.equals("x86_64");
    String chosen = System.getProperty(ENGINE_PROPERTY, x86 ? "v8" : "graaljs");
    return switch (chosen) {
      // Never J2V8's default: it unpacks its library into the user's home, afresh on every build, and
      // the JVM warns about the library's executable stack. J2v8NativeLibrary loads a fixed copy
      // kept under java.io.tmpdir instead.
      case "v8" -> {
        try {
          yield new GraphvizV8Engine(J2v8NativeLibrary.prepare());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      // GraphvizJdkEngine runs viz.js in GraalJS when org.graalvm.polyglot is on the class path.
      case "graaljs" -> {
        // Without JVMCI GraalJS interprets; that is fine for diagrams, so spare the build log its warning.
        System.setProperty("polyglot.engine.WarnInterpreterOnly",
            System.getProperty("polyglot.engine.WarnInterpreterOnly", "false"));
        yield new GraphvizJdkEngine();
      }
      default -> throw new IllegalArgumentException(ENGINE_PROPERTY + " must be v8 or graaljs, not " + chosen);
    };
  }

  /** Line ends as {@code \n} whatever the platform, so files compare byte for byte. */
  private static String normalize(String svg) {
    return svg.replace("\r\n", "\n");
  }
}
