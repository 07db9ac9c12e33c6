package dev.joinery.benchmarks.devloop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The dev loop's edit-to-result time: a copy of the sample shop jobs and their data in a temporary
 * folder, {@code joinery watch daily_revenue} running on it, and a step's source edited and saved
 * again and again; each time, the time from the save to the new rows on screen. The baseline,
 * measured in the same run, is the loop without watch: compile with javac and the processor in a
 * new JVM, then {@code joinery run} in another, as a build tool would (without the build tool's own
 * start-up).
 *
 * <p>Run with {@code ./benchmark-devloop [edits]} (default 10).
 */
public final class DevLoopBenchmark {
  private static final String RESULT_LINE = "-- result in ";
  private static final String STEP_FILE = "dev/joinery/samples/shop/DailyRevenueJob.java";

  public static void main(String[] args) throws Exception {
    int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path samples = Path.of("..", "sample-jobs").toAbsolutePath().normalize();
    Path project = Files.createTempDirectory("joinery-devloop-");
    Path sources = project.resolve("src");
    copy(samples.resolve("src/main/java/dev/joinery/samples/shop"), sources.resolve("dev/joinery/samples/shop"));
    copy(samples.resolve("data/raw"), project.resolve("data/raw"));
    Path step = sources.resolve(STEP_FILE);
    String original = Files.readString(step);
    if (!original.contains("\"unknown\"")) {
      throw new IllegalStateException(STEP_FILE + " no longer has the literal this benchmark edits");
    }

    List<Double> loop = new ArrayList<>();
    Process watch = java("dev.joinery.cli.JoineryCli", "watch", "daily_revenue", "--sources", sources.toString(),
        "--classes", project.resolve("watch").toString(), "--base-dir", project.toString(), "--rows", "5");
    BlockingQueue<String> lines = lines(watch);
    double first;
    try {
      long start = System.nanoTime();
      awaitResult(lines, 180);
      first = seconds(start);
      for (int i = 1; i <= edits; i++) {
        long saved = System.nanoTime();
        Files.writeString(step, original.replace("\"unknown\"", "\"unknown " + i + "\""));
        String result = awaitResult(lines, 60);
        loop.add(seconds(saved));
        System.out.printf("  edit %2d: %.2f s (watcher: %s)%n", i, loop.get(loop.size() - 1),
            result.substring(RESULT_LINE.length(), result.indexOf(';')));
      }
    } finally {
      watch.destroy();
      watch.waitFor(30, TimeUnit.SECONDS);
    }

    // The baseline: what an edit costs without the loop (two new JVMs, one compiling, one running).
    Files.writeString(step, original);
    List<Double> baseline = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path classes = project.resolve("baseline-" + i);
      Files.createDirectories(classes);
      List<String> javaSources;
      try (Stream<Path> walk = Files.walk(sources)) {
        javaSources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
      }
      long start = System.nanoTime();
      List<String> javac = new ArrayList<>(List.of(javaHome("javac"), "-Ajoinery.svg=false",
          "-cp", System.getProperty("java.class.path"), "-d", classes.toString()));
      javac.addAll(javaSources);
      run(new ProcessBuilder(javac));
      run(new ProcessBuilder(command(classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
          "dev.joinery.cli.JoineryCli", "run", "daily_revenue", "--base-dir", project.toString(),
          "--output", "curated.daily_revenue=" + project.resolve("out-" + i))));
      baseline.add(seconds(start));
    }
    deleteRecursively(project);

    List<Double> sorted = loop.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    double baselineMedian = baseline.stream().sorted().toList().get(baseline.size() / 2);
    System.out.printf("Dev loop (joinery watch daily_revenue, %d edits of a step on %d cores)%n", edits,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("  first result after start      %6.2f s%n", first);
    System.out.printf("  edit to result, median        %6.2f s%n", median);
    System.out.printf("  edit to result, slowest       %6.2f s%n", sorted.get(sorted.size() - 1));
    System.out.printf("  baseline: javac + joinery run %6.2f s (median of %d)%n", baselineMedian, baseline.size());
    System.out.printf("  ratio watch / baseline        %6.2f%n", median / baselineMedian);
  }

  /** Waits for the watcher's next result line and returns it. */
  private static String awaitResult(BlockingQueue<String> lines, int timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(RESULT_LINE)) {
        return line;
      }
      if (line != null && (line.contains("failed") || line.contains("error:"))) {
        throw new IllegalStateException("watch reported: " + line);
      }
    }
    throw new IllegalStateException("no result within " + timeoutSeconds + " s");
  }

  private static BlockingQueue<String> lines(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException ended) {
        // the process was stopped
      }
    });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static Process java(String main, String... args) throws IOException {
    return new ProcessBuilder(command(System.getProperty("java.class.path"), main, args)).redirectErrorStream(true).start();
  }

  private static List<String> command(String classPath, String main, String... args) {
    List<String> command = new ArrayList<>(List.of(javaHome("java")));
    // This JVM's flags: Spark's --add-opens among them, and the logging setup.
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-Xmx") && !a.startsWith("-agentlib")).toList());
    command.addAll(List.of("-cp", classPath, main));
    command.addAll(List.of(args));
    return command;
  }

  private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", builder.command()).substring(0, 120) + "... failed");
    }
  }

  private static String javaHome(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
