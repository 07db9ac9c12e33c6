package dev.joinery.diagram.svg;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Renders many diagrams at once: in this JVM when the bundled engine starts here, otherwise in one
 * child JVM on the same classpath. J2V8's native library loads once per JVM, so the second module
 * of a Maven build (a new processor class loader in the same JVM) cannot start it again; a child
 * JVM can, and gives the same bytes.
 */
public final class SvgBatch {
  private static final long CHILD_TIMEOUT_SECONDS = 120;

  private final Consumer<String> warnings;

  public SvgBatch(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** SVG per name, for the DOT given per name; a name is missing when its diagram could not be rendered. */
  public Map<String, String> render(Map<String, String> dots) {
    List<String> inProcessProblems = new ArrayList<>();
    SvgRenderer here = new SvgRenderer(inProcessProblems::add);
    Map<String, String> svgs = new LinkedHashMap<>();
    for (Map.Entry<String, String> dot : dots.entrySet()) {
      try {
        here.render(dot.getValue()).ifPresent(svg -> svgs.put(dot.getKey(), svg));
      } catch (RuntimeException oneDiagram) {
        // One diagram the engine refuses costs that diagram its SVG, not the others theirs.
        warnings.accept("Diagram " + dot.getKey() + " could not be rendered (" + oneDiagram.getMessage()
            + "); its DOT file is written.");
      }
      if (!inProcessProblems.isEmpty()) {
        break;
      }
    }
    if (inProcessProblems.isEmpty()) {
      return svgs;
    }
    try {
      return inChildJvm(dots, System.getProperty(SvgRenderer.ENGINE_PROPERTY));
    } catch (IOException | RuntimeException e) {
      warnings.accept(inProcessProblems.get(0) + " A separate JVM could not render them either (" + e + ").");
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  /** @param engine the child's {@value SvgRenderer#ENGINE_PROPERTY}, or null for its default */
  Map<String, String> inChildJvm(Map<String, String> dots, String engine) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("joinery-diagrams");
    try {
      List<String> names = new ArrayList<>(dots.keySet());
      for (int i = 0; i < names.size(); i++) {
        Files.writeString(dir.resolve(i + ".dot"), dots.get(names.get(i)), StandardCharsets.UTF_8);
      }
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classpath(),
          // the same temporary folder, so the child loads the J2V8 library this JVM unpacked there
          "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
      if (engine != null) {
        command.add("-D" + SvgRenderer.ENGINE_PROPERTY + "=" + engine);
      }
      command.addAll(List.of(RenderMain.class.getName(), dir.toString()));
      Process child = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile())
          .start();
      if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || child.exitValue() != 0) {
        child.destroyForcibly();
        throw new IOException("the renderer JVM failed: " + Files.readString(dir.resolve("child.log")).strip());
      }
      Map<String, String> svgs = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        svgs.put(names.get(i), Files.readString(dir.resolve(i + ".svg"), StandardCharsets.UTF_8));
      }
      return svgs;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** The class path this class was loaded from: a processor path in javac, the class path elsewhere. */
  private static String classpath() {
    ClassLoader loader = SvgBatch.class.getClassLoader();
    if (loader instanceof URLClassLoader urls) {
      List<String> entries = new ArrayList<>();
      for (URL url : urls.getURLs()) {
        try {
          entries.add(new File(url.toURI()).getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a local file; the child cannot use it
        }
      }
      return String.join(File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }
}
