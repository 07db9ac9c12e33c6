package dev.joinery.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Versions of the sample jobs: their sources copied, edited as a pull request would, and run
 * through Joinery's processor ({@code -proc:only}, DOT only: the lineage is all a diff needs).
 */
final class SampleBuilds {
  private static final Path SAMPLES = Path.of("../sample-jobs/src/main/java");
  private static final Path SHOP = Path.of("dev/joinery/samples/shop");

  private final Path sources;
  private final Path classes;

  private SampleBuilds(Path root) throws IOException {
    this.sources = root.resolve("src");
    this.classes = root.resolve("classes");
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = sources.resolve(SAMPLES.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
  }

  /** A copy of the sample jobs under {@code root}, to edit before {@link #build()}. */
  static SampleBuilds copy(Path root) throws IOException {
    return new SampleBuilds(root);
  }

  /** Replaces text in a file of the shop package; the text must be there. */
  SampleBuilds edit(String shopFile, String text, String replacement) throws IOException {
    Path file = sources.resolve(SHOP.resolve(shopFile).toString());
    String source = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(source.contains(text), shopFile + " no longer contains: " + text);
    Files.writeString(file, source.replace(text, replacement), StandardCharsets.UTF_8);
    return this;
  }

  SampleBuilds delete(String shopFile) throws IOException {
    Files.delete(sources.resolve(SHOP.resolve(shopFile).toString()));
    return this;
  }

  /** Runs the processor; returns the class output, which holds {@code META-INF/joinery/}. */
  Path build() throws IOException {
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-proc:only", "-Ajoinery.svg=false", "-classpath",
        System.getProperty("java.class.path"), "-d", classes.toString(), "-Xlint:none"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.map(Path::toString).filter(f -> f.endsWith(".java")).sorted().forEach(args::add);
    }
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)),
        "the edited sample jobs do not compile");
    return classes;
  }
}
