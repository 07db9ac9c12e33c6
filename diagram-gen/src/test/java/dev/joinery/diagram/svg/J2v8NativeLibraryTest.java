package dev.joinery.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that renders with V8, as a separate JVM like a real build: J2V8's library is unpacked
 * under java.io.tmpdir (never into the user's home), once, and loads without the JVM's stack-guard
 * warning.
 */
class J2v8NativeLibraryTest {
  private static final String DOT = "digraph { a -> b [label=\"Order\"] }";
  private static final String LIBRARY = "libj2v8_linux_x86_64.so";

  @TempDir Path home;
  @TempDir Path tmp;
  @TempDir Path work;
  @TempDir Path diagrams;

  @BeforeEach
  void onlyWhereJ2v8HasALibrary() {
    assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "J2V8's library here is Linux's");
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    assumeTrue(arch.equals("amd64") || arch.equals("x86_64"), "J2V8 ships x86_64 only");
  }

  /** A finished child JVM: its exit code and everything it printed. */
  private record Child(int exitCode, String output) {}

  private Process start(Path tmpdir, Path dotDir) throws IOException {
    Files.writeString(dotDir.resolve("0.dot"), DOT, StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(),
        "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmpdir, "-D" + SvgRenderer.ENGINE_PROPERTY + "=v8",
        "-cp", System.getProperty("java.class.path"), RenderMain.class.getName(), dotDir.toString())
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dotDir.resolve("child.log").toFile())
        .start();
  }

  private static Child finish(Process process, Path dotDir) throws Exception {
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
    return new Child(process.exitValue(), Files.readString(dotDir.resolve("child.log")));
  }

  private Child render(Path tmpdir, Path dotDir) throws Exception {
    return finish(start(tmpdir, dotDir), dotDir);
  }

  private static void assertQuietSuccess(Child child, Path dotDir) throws IOException {
    assertEquals(0, child.exitCode(), child.output());
    String output = child.output().toLowerCase(Locale.ROOT);
    assertFalse(output.contains("stack guard"), child.output());
    assertFalse(output.contains("execstack"), child.output());
    String svg = Files.readString(dotDir.resolve("0.svg"), StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<svg") && svg.contains(">Order</text>"), svg);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  /** The one copy of the library under {@code tmpdir}, in its joinery-j2v8-VERSION-USER folder. */
  private static Path library(Path tmpdir) throws IOException {
    List<Path> folders = list(tmpdir).stream()
        .filter(path -> path.getFileName().toString().startsWith("joinery-j2v8-")).toList();
    assertEquals(1, folders.size(), list(tmpdir).toString());
    assertEquals(List.of(folders.get(0).resolve(LIBRARY)), list(folders.get(0)), "the library and nothing else");
    return folders.get(0).resolve(LIBRARY);
  }

  @Test
  void unpacksUnderTmpdirOnceAndLoadsWithoutTheStackGuardWarning() throws Exception {
    Child first = render(tmp, diagrams);

    assertQuietSuccess(first, diagrams);
    assertEquals(List.of(), list(home), "nothing in the user's home");
    assertEquals(List.of(), list(work), "nothing in the working directory");
    Path library = library(tmp);
    assertTrue(library.getParent().getFileName().toString().startsWith("joinery-j2v8-4.6.0-"), library.toString());
    assertFalse(ExecStackFlag.requiresExecutableStack(library));
    assertEquals(new SvgRenderer(problem -> {}).render(DOT).orElseThrow(),
        Files.readString(diagrams.resolve("0.svg"), StandardCharsets.UTF_8), "same bytes as in this JVM");

    BasicFileAttributes unpacked = Files.readAttributes(library, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Path again = Files.createDirectory(diagrams.resolve("again"));
    Child second = render(tmp, again);

    assertQuietSuccess(second, again);
    BasicFileAttributes reused = Files.readAttributes(library(tmp), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertEquals(unpacked.fileKey(), reused.fileKey(), "the second build loads the first one's file");
    assertEquals(unpacked.lastModifiedTime(), reused.lastModifiedTime());
    assertEquals(List.of(), list(home));
  }

  /** A folder of that name that others can write into may hold anyone's library: not loaded, not written to. */
  @Test
  void aFolderOthersCanWriteIntoIsNotUsed() throws Exception {
    String user = System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
    Path planted = Files.createDirectory(tmp.resolve("joinery-j2v8-4.6.0-" + user),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
    Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx")); // past the umask

    Child child = render(tmp, diagrams);

    assertQuietSuccess(child, diagrams);
    assertEquals(List.of(), list(planted));
    assertEquals(List.of(planted), list(tmp), "the one-off copy is deleted when the build ends");
    assertEquals(List.of(), list(home));
  }

  @Test
  void twoBuildsAtOnceBothUnpackAndLoadIt() throws Exception {
    List<Path> dirs = List.of(Files.createDirectory(diagrams.resolve("one")),
        Files.createDirectory(diagrams.resolve("two")));
    List<Process> processes = new ArrayList<>();
    for (Path dir : dirs) {
      processes.add(start(tmp, dir));
    }
    for (int i = 0; i < dirs.size(); i++) {
      assertQuietSuccess(finish(processes.get(i), dirs.get(i)), dirs.get(i));
    }
    assertFalse(ExecStackFlag.requiresExecutableStack(library(tmp)), "no half-written or left-over files either");
    assertEquals(List.of(), list(home));
  }
}
