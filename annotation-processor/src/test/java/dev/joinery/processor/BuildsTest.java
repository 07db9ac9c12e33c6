package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds as they happen: tables from an earlier compilation, records another processor generates, javac's own errors. */
class BuildsTest {

  private static final String SUMMARY_JOB = """
      package shop;

      import dev.joinery.annotations.*;

      @Job(name = "status_summary")
      final class StatusSummaryJob {
        @Table(name = "curated.status_summary", location = "data/curated/status_summary")
        record StatusCount(String status, @Count long orders) {}

        @Aggregate(from = "raw.orders", groupBy = "status")
        @Sink
        StatusCount counts;
      }
      """;

  @Test
  void aJobRecompiledAloneFindsTablesItNamesOnTheClassPath(@TempDir Path earlier) throws IOException {
    // First build: the catalog. Second build: only the job, which names raw.orders but never its type.
    Compilation catalog = Fixtures.compile();
    assertThat(catalog).succeededWithoutWarnings();
    writeClassOutput(catalog, earlier);

    Compilation job = Compiler.javac().withProcessors(new JoineryProcessor())
        .withClasspath(classPathWith(earlier))
        .compile(Fixtures.job("shop.StatusSummaryJob", SUMMARY_JOB));

    assertThat(job).succeededWithoutWarnings();
    assertThat(Fixtures.generatedSource(job, "shop.JoineryStatusSummaryJob")).contains("raw.orders");
  }

  @Test
  void aTableRecordAnotherProcessorGeneratesIsWaitedFor() throws IOException {
    JavaFileObject file = Fixtures.job("shop.LateJob", """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "late")
        final class LateJob {
          @Map
          @Sink
          static LateOrder copy(@From("raw.orders") Order o) { return new LateOrder(o.orderId()); }
        }
        """);
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor(), new LateSourceProcessor(
            "shop.LateOrder", """
            package shop;

            @dev.joinery.annotations.Table(name = "curated.late_orders", location = "data/curated/late_orders")
            public record LateOrder(long orderId) {}
            """))
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE, file);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Fixtures.generatedSource(compilation, "shop.JoineryLateJob")).contains("curated.late_orders");
  }

  @Test
  void aJobAnotherProcessorGeneratesLaterFindsTablesItNamesFromAnEarlierRound() throws IOException {
    Compilation compilation = Compiler.javac()
        .withProcessors(new JoineryProcessor(), new LateSourceProcessor("shop.StatusSummaryJob", SUMMARY_JOB))
        .compile(Fixtures.ORDER, Fixtures.CUSTOMER, Fixtures.DAILY_REVENUE);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Fixtures.generatedSource(compilation, "shop.JoineryStatusSummaryJob")).contains("raw.orders");
  }

  @Test
  void javacsOwnErrorsAreNotRepeatedAsJoineryErrors() {
    String source = """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "broken")
        final class BrokenJob {
          @Filter
          @Sink(mode = WriteMode.APPEND)
          static boolean keep(@From(Names.ORDERS) Order o) { return true; }

          @Map
          static Missing other(@From("raw.orders") Order o) { return null; }
        }
        """;
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.BrokenJob", source));

    assertThat(compilation).failed();
    List<String> errors = compilation.errors().stream().map(d -> d.getMessage(null)).toList();
    assertThat(errors).hasSize(2);
    assertThat(errors.stream().filter(e -> e.contains("cannot find symbol")).count()).isEqualTo(2);
    assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("[joinery:"))
        .toList()).isEmpty();
  }

  /** Generates one source file in the first round, as another annotation processor would. */
  private static final class LateSourceProcessor extends AbstractProcessor {
    private final String name;
    private final String source;
    private boolean done;

    LateSourceProcessor(String name, String source) {
      this.name = name;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
      }
      return false;
    }
  }

  /** Writes the classes and resources a compilation produced under {@code dir}, as a build's output folder. */
  private static void writeClassOutput(Compilation compilation, Path dir) throws IOException {
    String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith(prefix)) {
        Path target = dir.resolve(path.substring(prefix.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }

  private static List<File> classPathWith(Path dir) {
    List<File> path = new ArrayList<>(List.of(dir.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(new File(entry));
    }
    return path;
  }
}
