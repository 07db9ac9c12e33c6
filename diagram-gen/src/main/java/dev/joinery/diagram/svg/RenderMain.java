package dev.joinery.diagram.svg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The child JVM of {@link SvgBatch}: renders every {@code N.dot} in a directory to {@code N.svg}. */
public final class RenderMain {
  private RenderMain() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    StringBuilder problems = new StringBuilder();
    SvgRenderer renderer = new SvgRenderer(problems::append);
    for (int i = 0; Files.exists(dir.resolve(i + ".dot")); i++) {
      String dot = Files.readString(dir.resolve(i + ".dot"), StandardCharsets.UTF_8);
      String svg = renderer.render(dot).orElse(null);
      if (svg == null) {
        System.err.println(problems);
        System.exit(1);
      }
      Files.writeString(dir.resolve(i + ".svg"), svg, StandardCharsets.UTF_8);
    }
  }
}
