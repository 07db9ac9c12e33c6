package dev.joinery.cli;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JobPlan;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The dev loop: compiles the project's sources in this JVM, plans the job on the sample data and
 * prints the first rows of its outputs (or of one step), then does it again each time a source
 * changes. Nothing is written to the job's tables.
 *
 * <p>Each compilation goes to a new folder loaded by a new class loader, and Spark's context is
 * restarted with that loader (a tenth of a second once the JVM is warm): Spark's executors look
 * classes up by name and keep what they found, so a context that saw the old classes would go on
 * running the old steps.
 */
@Command(name = "watch", description = "Recompiles and reruns a job on its sample data whenever a source changes;"
    + " prints the first rows of its outputs, or of one step. Writes no table.")
final class WatchCommand implements Callable<Integer> {
  static final String RESULT_LINE = "-- result in ";

  @Parameters(paramLabel = "JOB", description = "The job's name, as `joinery list` shows it.")
  String jobName;

  @Option(names = "--sources", paramLabel = "DIR", split = ",",
      description = "Source folders to compile and watch (default: src/main/java).")
  List<Path> sources = new ArrayList<>(List.of(Path.of("src/main/java")));

  @Option(names = "--classes", paramLabel = "DIR", defaultValue = "target/joinery-watch",
      description = "Where compilations go (default: target/joinery-watch); not the build's own classes.")
  Path classes;

  @Option(names = "--processor-path", paramLabel = "PATH",
      description = "The annotation processors' class path (default: this JVM's class path).")
  String processorPath;

  @Option(names = "--processor-option", paramLabel = "KEY=VALUE", description = "An -A option for the processor; repeatable.")
  Map<String, String> processorOptions = new LinkedHashMap<>();

  @Option(names = "--step", paramLabel = "STEP", description = "Show this step's rows instead of the outputs'.")
  String step;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "10", description = "Rows to show (default 10).")
  int rows;

  @Option(names = "--once", description = "Compile and show once, then stop.")
  boolean once;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default: local[*]).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark configuration setting; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = "${env:JOINERY_BASE_DIR:-.}",
      description = "Directory that relative table locations resolve against (default: $JOINERY_BASE_DIR or the current directory).")
  Path baseDir;

  private SparkSession spark;
  private int generation;
  private double compileSeconds;
  private double sparkStartSeconds;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    SourceWatcher watcher = new SourceWatcher(sources);
    Map<String, String> options = new LinkedHashMap<>(processorOptions);
    options.putIfAbsent("joinery.svg", "false"); // diagrams are for the build; the loop needs the runner
    List<Path> processors = processorPath == null ? List.of() : JobCompiler.paths(processorPath);
    try (JobCompiler compiler = new JobCompiler(JobCompiler.paths(System.getProperty("java.class.path")),
        processors, options)) {
      while (true) {
        long start = System.nanoTime();
        boolean shown = compileAndShow(compiler, watcher.sources(), out);
        if (once) {
          return shown ? 0 : 1;
        }
        out.printf("%s%.2f s (compile %.2f s, Spark start %.2f s); watching %s (Ctrl-C stops)%n", RESULT_LINE,
            (System.nanoTime() - start) / 1e9, compileSeconds, sparkStartSeconds,
            String.join(", ", sources.stream().map(Path::toString).toList()));
        watcher.awaitChange();
        out.println();
        out.println("Changed; compiling ...");
      }
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  /** One turn of the loop; problems are printed, not thrown, so the loop goes on. */
  private boolean compileAndShow(JobCompiler compiler, List<Path> files, PrintStream out) throws IOException {
    Path output = classes.resolve("generation-" + (++generation));
    deleteRecursively(output);
    long start = System.nanoTime();
    boolean compiled = compiler.compile(files, output, System.err);
    compileSeconds = (System.nanoTime() - start) / 1e9;
    if (!compiled) {
      System.err.println("Compilation failed; fix the source and save.");
      return false;
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, WatchCommand.class.getClassLoader());
    Optional<JoineryJob> job = new JobCatalog(loader).find(jobName);
    if (job.isEmpty()) {
      System.err.println("No job named '" + jobName + "' in " + String.join(", ",
          sources.stream().map(Path::toString).toList()) + ".");
      return false;
    }
    long sparkStart = System.nanoTime();
    restartSpark(loader);
    sparkStartSeconds = (System.nanoTime() - sparkStart) / 1e9;
    try {
      JobPlan plan = JobLauncher.plan(job.get(), spark, RunOptions.in(baseDir));
      Map<String, Dataset<Row>> shown = step == null ? plan.sinks()
          : plan.steps().containsKey(step) ? Map.of(step, plan.steps().get(step)) : Map.of();
      if (shown.isEmpty()) {
        System.err.println("Job " + jobName + " has no step named '" + step + "'; its steps: "
            + String.join(", ", plan.steps().keySet()) + ".");
        return false;
      }
      shown.forEach((name, rowsOf) -> show(name, rowsOf, out));
      deleteOlderGenerations(output);
      return true;
    } catch (Exception e) {
      // A data problem or a failing step: say what, keep watching.
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage().lines().findFirst().orElse("");
      System.err.println("Job " + jobName + " failed: " + message);
      return false;
    }
  }

  private void show(String name, Dataset<Row> data, PrintStream out) {
    List<Row> first = data.limit(rows).collectAsList();
    out.printf("%n%s, first %d rows:%n", name, rows);
    List<List<String>> cells = new ArrayList<>();
    for (Row row : first) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        line.add(String.valueOf(row.get(i)));
      }
      cells.add(line);
    }
    Tables.print(out, List.of(data.columns()), cells);
  }

  /** Spark's context is restarted with {@code loader} as its class loader (see the class comment). */
  private void restartSpark(ClassLoader loader) {
    if (spark != null) {
      spark.stop();
    }
    Thread.currentThread().setContextClassLoader(loader);
    Map<String, String> settings = new LinkedHashMap<>();
    // Sample data is small: Spark's 200 shuffle partitions would be most of a turn's time.
    settings.put("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())));
    settings.putAll(conf);
    spark = JobLauncher.session("joinery-watch-" + jobName, master, settings);
  }

  private void deleteOlderGenerations(Path current) throws IOException {
    try (Stream<Path> folders = Files.list(classes)) {
      for (Path folder : folders.filter(f -> !f.getFileName().toString().startsWith(current.getFileName().toString())).toList()) {
        deleteRecursively(folder);
      }
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
