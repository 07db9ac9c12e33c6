package dev.joinery.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a project's sources with javac in this JVM, with the annotation processors of a
 * processor path, as the project's build would. Kept for many compilations: javac's file manager
 * (which has the class path's jars open) and the processors' classes are loaded once, which is
 * what makes a recompilation take a fraction of a second.
 */
final class JobCompiler implements AutoCloseable {
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager files;
  private final ClassLoader processorLoader;
  private final List<String> options = new ArrayList<>();

  /**
   * @param classPath what the sources compile against
   * @param processorPath where the processors are; empty means this JVM's class path
   * @param processorOptions {@code -A} options for the processors, as {@code key=value}
   */
  JobCompiler(List<Path> classPath, List<Path> processorPath, Map<String, String> processorOptions) throws IOException {
    if (javac == null) {
      throw new IllegalStateException("This Java runtime has no compiler; run with a JDK, not a JRE.");
    }
    files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
    processorLoader = processorPath.isEmpty() ? JobCompiler.class.getClassLoader()
        : new URLClassLoader(urls(processorPath), ClassLoader.getPlatformClassLoader());
    options.addAll(List.of("-encoding", "UTF-8", "-g", "-parameters"));
    processorOptions.forEach((key, value) -> options.add("-A" + key + "=" + value));
  }

  /**
   * Compiles {@code sources} into {@code classes} (a new, empty folder) and reports javac's errors
   * on {@code err}.
   *
   * @return whether compilation succeeded
   */
  boolean compile(List<Path> sources, Path classes, PrintStream err) throws IOException {
    Files.createDirectories(classes);
    Path generated = classes.resolveSibling(classes.getFileName() + "-sources");
    Files.createDirectories(generated);
    files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
    files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
        files.getJavaFileObjectsFromPaths(sources));
    List<Processor> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class, processorLoader).forEach(processors::add);
    task.setProcessors(processors);
    boolean ok = task.call();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        err.println(where + d.getKind().name().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return ok;
  }

  private static URL[] urls(List<Path> paths) {
    try {
      URL[] urls = new URL[paths.size()];
      for (int i = 0; i < urls.length; i++) {
        urls[i] = paths.get(i).toUri().toURL();
      }
      return urls;
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The entries of a class path such as {@code java.class.path}. */
  static List<Path> paths(String classPath) {
    List<Path> paths = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        paths.add(Path.of(entry));
      }
    }
    return paths;
  }

  @Override
  public void close() throws IOException {
    files.close();
    if (processorLoader instanceof URLClassLoader own) {
      own.close();
    }
  }
}
