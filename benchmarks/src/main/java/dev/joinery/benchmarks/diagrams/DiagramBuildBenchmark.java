package dev.joinery.benchmarks.diagrams;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What SVG rendering costs a build: compiles the sample jobs with Joinery's processor again and
 * again in one JVM (as an IDE or a Maven daemon does), alternating builds that render SVG with
 * builds that write DOT only ({@code -Ajoinery.svg=false}), and prints the first build of each kind
 * and the medians of the later ones with their ratio. Run with {@code bin/diagram-benchmark}.
 */
public final class DiagramBuildBenchmark {
  private DiagramBuildBenchmark() {}

  /** Arguments: {@code sourceDir runs}. */
  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args.length > 0 ? args[0] : "sample-jobs/src/main/java");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.map(Path::toString).filter(f -> f.endsWith(".java")).sorted().toList();
    }
    Path out = Files.createTempDirectory("joinery-build-benchmark");
    // The first build warms javac up; the first SVG build also starts the Graphviz engine.
    double firstDot = compile(files, out, false);
    double firstSvg = compile(files, out, true);
    double[] svg = new double[runs];
    double[] dot = new double[runs];
    for (int i = 0; i < runs; i++) {
      boolean svgFirst = i % 2 == 0;
      double a = compile(files, out, svgFirst);
      double b = compile(files, out, !svgFirst);
      svg[i] = svgFirst ? a : b;
      dot[i] = svgFirst ? b : a;
    }
    Arrays.sort(svg);
    Arrays.sort(dot);
    System.out.printf("build of %d sources (%s): first DOT-only %.0f ms, first with SVG %.0f ms (engine start included)%n",
        files.size(), sources, firstDot, firstSvg);
    System.out.printf("later builds, median of %d: with SVG %.0f ms, DOT only %.0f ms, SVG/DOT %.2f%n",
        runs, svg[runs / 2], dot[runs / 2], svg[runs / 2] / dot[runs / 2]);
  }

  private static double compile(List<String> files, Path out, boolean svg) throws IOException {
    Path dir = Files.createTempDirectory(out, svg ? "svg" : "dot");
    List<String> args = new ArrayList<>(List.of("-classpath", classpath(), "-d", dir.toString(), "-Xlint:none",
        "-nowarn", "-Ajoinery.svg=" + svg));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    long start = System.nanoTime();
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    double millis = (System.nanoTime() - start) / 1e6;
    if (status != 0) {
      throw new IllegalStateException("javac failed with status " + status);
    }
    if (svg != Files.exists(dir.resolve("META-INF/joinery/workflow.svg"))) {
      throw new IllegalStateException("the build " + (svg ? "did not render" : "rendered") + " SVG");
    }
    return millis;
  }

  /** This JVM's class path without the benchmarks' own classes: the processor and what the jobs compile against. */
  private static String classpath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("benchmarks/target/classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
