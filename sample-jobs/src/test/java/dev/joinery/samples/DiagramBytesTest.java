package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample jobs' diagrams are the same bytes however they are built: by the Maven build (whose
 * second module renders in a child JVM), twice more in this JVM (the engine reused, as in an IDE),
 * and by a separate javac whose PATH holds a {@code dot} that must never be called.
 */
class DiagramBytesTest {
  private static final Path DOCS = Path.of("target/joinery");

  @Test
  void everyBuildWritesTheSameDiagramBytes(@TempDir Path temp) throws Exception {
    Map<String, byte[]> maven = files(DOCS);
    assertEquals(15, maven.keySet().stream().filter(n -> n.endsWith(".svg")).count(),
        "job and lineage SVG for each of the 7 sample jobs, and the workflow, in " + maven.keySet());

    Path first = compileHere(temp.resolve("first"));
    Path second = compileHere(temp.resolve("second"));
    Path withDot = temp.resolve("with-dot");
    Path marker = temp.resolve("dot-was-called");
    compileInChildWithDotOnPath(withDot, temp.resolve("bin"), marker);

    assertFalse(Files.exists(marker), "the processor ran a system dot");
    for (Path build : List.of(first, second, withDot)) {
      Map<String, byte[]> files = files(build.resolve("META-INF/joinery"));
      assertEquals(maven.keySet(), files.keySet(), "files of " + build);
      for (String name : maven.keySet()) {
        assertTrue(Arrays.equals(maven.get(name), files.get(name)), name + " differs between the Maven build and " + build);
      }
    }
  }

  private static Path compileHere(Path out) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-classpath", classpath(), "-d", out.toString(), "-Xlint:none"));
    args.addAll(sources());
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac failed");
    return out;
  }

  private static void compileInChildWithDotOnPath(Path out, Path bin, Path marker) throws Exception {
    Files.createDirectories(out);
    Files.createDirectories(bin);
    Path dot = bin.resolve("dot");
    Files.writeString(dot, "#!/bin/sh\ntouch '" + marker + "'\necho 'not a real svg'\n");
    assertTrue(dot.toFile().setExecutable(true));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-classpath", classpath(), "-d", out.toString(), "-Xlint:none"));
    command.addAll(sources());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolveSibling("javac.log").toFile());
    builder.environment().put("PATH", bin + File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
    assertEquals(0, builder.start().waitFor(), () -> "javac failed: " + read(out.resolveSibling("javac.log")));
  }

  /** This test's class path without the sample jobs' own classes, so the processor sees only sources. */
  private static String classpath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(Path.of("target").toAbsolutePath()))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
