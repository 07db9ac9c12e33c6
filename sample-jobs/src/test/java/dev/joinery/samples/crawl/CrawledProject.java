package dev.joinery.samples.crawl;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.crawler.CrawlRequest;
import dev.joinery.crawler.CrawlResult;
import dev.joinery.crawler.Crawler;
import dev.joinery.crawler.DriftPolicy;
import dev.joinery.processor.JoineryProcessor;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.samples.SparkSessions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * A scratch project for crawler tests: data copied under {@code data/}, records crawled into
 * {@code src/}, compiled with the Joinery processor (compile-testing) together with jobs that read
 * them, and the jobs loaded to run on local Spark.
 */
final class CrawledProject {
  /** The crawler module's committed samples, one folder per format. */
  static final Path SAMPLES = Path.of("../crawler/src/test/resources/crawl");

  final Path dir;

  CrawledProject(Path dir) {
    this.dir = dir;
  }

  /** Copies the folder {@code from} to {@code data/<as>} of the project; returns the relative location. */
  String copy(Path from, String as) {
    Path target = dir.resolve("data").resolve(as);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data/" + as;
  }

  CrawlResult crawl(String location, String table) {
    return crawl(location, table, DriftPolicy.LOG);
  }

  CrawlResult crawl(String location, String table, DriftPolicy policy) {
    CrawlRequest request = new CrawlRequest(location, table, "crawled", dir.resolve("src"), dir, List.of(), policy,
        CrawlRequest.DEFAULT_MAX_FILES, CrawlRequest.DEFAULT_MAX_ROWS);
    return new Crawler(SparkSessions.spark(), catalog(), line -> { }).crawl(request);
  }

  JoineryCatalog catalog() {
    return JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
  }

  /** Compiles every crawled record and {@code jobs} ({@code qualified name, source} pairs) with the processor. */
  Compilation compile(String... jobs) {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
        sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i + 1 < jobs.length; i += 2) {
      sources.add(JavaFileObjects.forSourceString(jobs[i], jobs[i + 1]));
    }
    // DOT only: rendering the jobs' diagrams to SVG would take longer than the rest of the compilation.
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor()).withOptions("-Ajoinery.svg=false")
        .compile(sources);
    assertThat(compilation).succeeded();
    return compilation;
  }

  /** The job named {@code name} of a compilation, its classes written under {@code classes/} and loaded. */
  JoineryJob job(Compilation compilation, String name) {
    Path classes = dir.resolve("classes");
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String uri = file.toUri().getPath();
        int output = uri.indexOf("/CLASS_OUTPUT/");
        if (output < 0) {
          continue;
        }
        Path target = classes.resolve(uri.substring(output + "/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
      URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
          CrawledProject.class.getClassLoader());
      for (JoineryJob job : ServiceLoader.load(JoineryJob.class, loader)) {
        if (job.name().equals(name)) {
          return job;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no job " + name + " in the compilation");
  }
}
