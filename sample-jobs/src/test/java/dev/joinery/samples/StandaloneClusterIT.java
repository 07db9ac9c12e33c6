package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.samples.web.SectionTrafficJobTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample job section_traffic, whose {@code hit} step runs as JVM code, on a real Spark
 * standalone cluster: a master and a worker as child JVMs with a {@code SPARK_HOME} made of the
 * Spark jars Maven resolved (no Spark download), so the executor's classpath is Spark's alone and
 * the job's classes reach it only in the app jar. Submitted with spark-submit, and run with
 * {@code joinery run --master spark://...} from a driver on {@code target/classes}, which ships
 * the app jar beside it. Everything lives under {@code target/it-cluster}.
 */
class StandaloneClusterIT {
  private static final String JOB_CLASS = "dev.joinery.samples.web.JoinerySectionTrafficJob";
  private static final String APP_NAME = "joinery-section_traffic";
  private static final String OUTPUT_TABLE = "reports.section_traffic";
  private static final Duration CLUSTER_START = Duration.ofSeconds(60);
  private static final Duration DRIVER_RUN = Duration.ofSeconds(150);

  private static final Path TARGET = Path.of(System.getProperty("joinery.target", "target")).toAbsolutePath();
  private static final Path ROOT = TARGET.resolve("it-cluster");
  private static final Path SPARK_HOME = ROOT.resolve("spark-home");
  private static final Path WORK = ROOT.resolve("work");
  /** Temporary files (Spark's block managers, native libraries the JVMs unpack): here, not in /tmp. */
  private static final Path TMP = ROOT.resolve("tmp");
  private static final Path ACCESS_LOG = Path.of("data/raw/access_log").toAbsolutePath();
  /** Settings of every run: an executor that fits the 1 GB worker, few shuffle partitions for 5,000 rows. */
  private static final String EXECUTOR_MEMORY = "spark.executor.memory=512m";
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions=4";
  private static final String EXECUTOR_TMP = "spark.executor.extraJavaOptions=-Djava.io.tmpdir=" + TMP;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static final List<Process> started = new ArrayList<>();
  private static String masterUrl;
  private static URI masterJson;

  @BeforeAll
  static void startCluster() throws IOException {
    deleteTree(ROOT);
    Files.createDirectories(SPARK_HOME.resolve("jars"));
    Files.createDirectories(WORK);
    Files.createDirectories(TMP);
    // What a Spark distribution's jars/ holds: Spark and its dependencies, as Maven resolved them
    // (the provided scope of this module). The worker starts executors on $SPARK_HOME/jars/*.
    for (String jar : classpath("spark.classpath")) {
      Path source = Path.of(jar);
      Files.createSymbolicLink(SPARK_HOME.resolve("jars").resolve(source.getFileName()), source);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(StandaloneClusterIT::stopCluster));

    int port = freePort();
    int masterUi = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    masterJson = URI.create("http://127.0.0.1:" + masterUi + "/json/");
    start("master", sparkJvm("256m", "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(masterUi)));
    start("worker", sparkJvm("256m", "org.apache.spark.deploy.worker.Worker",
        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
        "--work-dir", WORK.toString(), masterUrl));
    await(CLUSTER_START, "the worker to register with the master at " + masterUrl,
        () -> masterState().path("aliveworkers").asInt() == 1, "master", "worker");
  }

  @AfterAll
  static void stopCluster() {
    synchronized (started) {
      for (int i = started.size() - 1; i >= 0; i--) {
        destroyTree(started.get(i));
      }
      started.clear();
    }
  }

  @Test
  void sparkSubmitRunsTheAppJarOnTheCluster() throws IOException {
    Path base = Files.createDirectories(ROOT.resolve("submit"));
    Path output = base.resolve("out");
    List<String> command = sparkJvm("1g", "org.apache.spark.deploy.SparkSubmit",
        "--master", masterUrl, "--class", JOB_CLASS, "--conf", EXECUTOR_MEMORY, "--conf", EXECUTOR_TMP,
        "--conf", SHUFFLE_PARTITIONS, System.getProperty("joinery.appJar"),
        "--base-dir", base.toString(), "--input", "raw.access_log=" + ACCESS_LOG,
        "--output", OUTPUT_TABLE + "=" + output);
    Set<String> before = completedApps();
    String log = runDriver("submit-driver", command, 0);

    assertTrue(log.contains("Job section_traffic finished"), log);
    assertEquals(SectionTrafficJobTest.expected(ACCESS_LOG), SectionTrafficJobTest.readCsv(output));
    assertRanOnTheExecutor(before);
  }

  @Test
  void joineryRunShipsTheAppJarBesideTheClasses() throws IOException {
    Path base = Files.createDirectories(ROOT.resolve("cli"));
    Path output = base.resolve("out");
    List<String> command = cliJvm("run", "section_traffic", "--master", masterUrl,
        "--conf", EXECUTOR_MEMORY, "--conf", EXECUTOR_TMP, "--conf", SHUFFLE_PARTITIONS,
        "--base-dir", base.toString(), "--input", "raw.access_log=" + ACCESS_LOG,
        "--output", OUTPUT_TABLE + "=" + output);
    Set<String> before = completedApps();
    String log = runDriver("cli-driver", command, 0);

    assertTrue(log.contains("Shipping " + Path.of(System.getProperty("joinery.appJar")) + " to " + masterUrl), log);
    assertTrue(log.contains("Job section_traffic finished"), log);
    assertEquals(SectionTrafficJobTest.expected(ACCESS_LOG), SectionTrafficJobTest.readCsv(output));
    assertRanOnTheExecutor(before);
  }

  @Test
  void aJarWithoutJoinerysRuntimeFailsInALineThatSaysToShipTheAppJar() throws IOException {
    Path base = Files.createDirectories(ROOT.resolve("thin"));
    // The plain jar: the jobs, but not Joinery's runtime they call.
    Path thinJar = TARGET.resolve(Path.of(System.getProperty("joinery.appJar")).getFileName().toString()
        .replace("-app.jar", ".jar"));
    List<String> command = cliJvm("run", "section_traffic", "--master", masterUrl,
        "--conf", "spark.jars=" + thinJar, "--conf", "spark.task.maxFailures=1",
        "--conf", EXECUTOR_MEMORY, "--conf", EXECUTOR_TMP, "--conf", SHUFFLE_PARTITIONS,
        "--base-dir", base.toString(), "--input", "raw.access_log=" + ACCESS_LOG,
        "--output", OUTPUT_TABLE + "=" + base.resolve("out"));
    String log = runDriver("thin-driver", command, 1);

    assertTrue(log.contains("Job section_traffic failed; no output was changed."), log);
    assertTrue(log.lines().anyMatch(l -> l.matches("Class dev\\.joinery\\.[\\w.$]+ is missing on the Spark executors: "
        + "ship the app jar.*--app-jar PATH.*")), log);
    assertFalse(log.contains("\tat "), "no stack trace on the console:\n" + log);
    assertTrue(log.contains("Stack trace: " + base.resolve(".joinery/logs")), log);
  }

  /** The one app that finished since {@code before} ran its tasks in an executor the worker started. */
  private static void assertRanOnTheExecutor(Set<String> before) throws IOException {
    await(Duration.ofSeconds(20), "the master to list the app as completed",
        () -> completedApps().size() > before.size(), "master", "worker");
    JsonNode app = null;
    for (JsonNode a : masterState().path("completedapps")) {
      if (!before.contains(a.path("id").asText())) {
        app = a;
      }
    }
    assertTrue(app != null && APP_NAME.equals(app.path("name").asText()) && "FINISHED".equals(app.path("state").asText()),
        "completed app: " + app);
    Path executorLog = WORK.resolve(app.path("id").asText()).resolve("0/stderr");
    String stderr = Files.exists(executorLog) ? Files.readString(executorLog) : "(no " + executorLog + ")";
    assertTrue(stderr.contains("Finished task"), "the executor ran no task:\n" + tail(stderr, 40));
  }

  // ---- processes

  /** A JVM with Spark's flags and its jars, as bin/spark-class starts one. */
  private static List<String> sparkJvm(String heap, String mainClass, String... args) {
    return jvm(heap, SPARK_HOME.resolve("jars") + "/*", mainClass, args);
  }

  /** The joinery command line on target/classes and its dependencies, as ./joinery starts it. */
  private static List<String> cliJvm(String... args) {
    List<String> cp = new ArrayList<>();
    cp.add(TARGET.resolve("classes").toString());
    cp.addAll(classpath("joinery.classpath"));
    cp.addAll(classpath("spark.classpath"));
    return jvm("1g", String.join(java.io.File.pathSeparator, cp), "dev.joinery.cli.JoineryCli", args);
  }

  private static List<String> jvm(String heap, String classpath, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-Djava.io.tmpdir=" + TMP);
    command.addAll(Arrays.asList(System.getProperty("spark.java.opens", "").trim().split("\\s+")));
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(Arrays.asList(args));
    return command;
  }

  private static Process start(String name, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log(name).toFile()).directory(ROOT.toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", SPARK_HOME.toString());
    env.put("SPARK_SCALA_VERSION", "2.13"); // what a distribution's load-spark-env.sh sets
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_DIRS", TMP.toString()); // the driver's and (through the worker) the executors' scratch space
    env.put("JAVA_HOME", System.getProperty("java.home")); // executors run on the same Java
    env.remove("SPARK_CONF_DIR");
    Process process = builder.start();
    synchronized (started) {
      started.add(process);
    }
    return process;
  }

  /** Runs a driver to its end; returns its output, failing with it (and the cluster's) on a timeout or another exit code. */
  private static String runDriver(String name, List<String> command, int expectedExit) throws IOException {
    Process driver = start(name, command);
    try {
      if (!driver.waitFor(DRIVER_RUN.toSeconds(), TimeUnit.SECONDS)) {
        destroyTree(driver);
        fail("The driver did not finish within " + DRIVER_RUN.toSeconds() + " s.\n" + logs(name, "master", "worker"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      destroyTree(driver);
    }
    String output = Files.readString(log(name));
    if (driver.exitValue() != expectedExit) {
      fail("The driver exited with " + driver.exitValue() + ", not " + expectedExit + ".\n" + logs(name, "master", "worker"));
    }
    return output;
  }

  private static void destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    synchronized (started) {
      started.remove(process);
    }
  }

  // ---- the master's state

  private static JsonNode masterState() {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(masterJson).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    } catch (IOException e) {
      return JSON.createObjectNode(); // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> completedApps() {
    Set<String> ids = new HashSet<>();
    masterState().path("completedapps").forEach(a -> ids.add(a.path("id").asText()));
    return ids;
  }

  private static void await(Duration timeout, String what, BooleanSupplier done, String... logs) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      synchronized (started) {
        for (Process p : started) {
          if (!p.isAlive()) {
            fail("A cluster process exited (" + p.exitValue() + ") while waiting for " + what + ".\n" + logs(logs));
          }
        }
      }
      if (System.nanoTime() > deadline) {
        fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what + ".\n" + logs(logs));
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // ---- files

  private static Path log(String name) {
    return ROOT.resolve(name + ".log");
  }

  /** The last lines of each named process's log, for a failure message. */
  private static String logs(String... names) {
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      text.append("---- last lines of ").append(log(name)).append('\n');
      try {
        text.append(tail(Files.readString(log(name)), 40)).append('\n');
      } catch (IOException | UncheckedIOException e) {
        text.append("(unreadable: ").append(e.getMessage()).append(")\n");
      }
    }
    return text.toString();
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** The entries of a classpath file the build wrote in target/ (maven-dependency-plugin's build-classpath). */
  private static List<String> classpath(String file) {
    try {
      String text = Files.readString(TARGET.resolve(file)).trim();
      return text.isEmpty() ? List.of() : List.of(text.split(java.io.File.pathSeparator));
    } catch (IOException e) {
      throw new UncheckedIOException("Run `mvn package` first: " + e.getMessage(), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
