package dev.joinery.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The app jar a run on a cluster ships to its executors, so they can load the job's classes (its
 * JVM steps, the generated row code, Joinery's runtime, Iceberg): Spark's {@code spark.jars}.
 */
final class AppJar {
  static final String SPARK_JARS = "spark.jars";

  /** There is no app jar to ship; the message says what to do, in a line. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  private AppJar() {}

  /** The master a run uses: {@code --master}, else {@code --conf spark.master}, else spark-submit's, else local. */
  static String master(String option, Map<String, String> conf, Properties system) {
    if (option != null) {
      return option;
    }
    return conf.getOrDefault("spark.master", system.getProperty("spark.master", "local[*]"));
  }

  /** Whether executors run in the driver's JVM and so see its classpath: {@code local} and {@code local[...]}. */
  static boolean isLocal(String master) {
    return master.equals("local") || master.startsWith("local[");
  }

  /**
   * {@code conf} with the app jar added to {@code spark.jars} when the run needs one: its master is
   * not local, and neither spark-submit (which sets {@code spark.jars} and
   * {@code spark.submit.deployMode} for the driver) nor {@code --conf spark.jars} said what to
   * ship. An explicit {@code --app-jar} is shipped on any master that is not local, after the jars
   * already named.
   *
   * @throws NotFound if the run needs an app jar and there is none
   */
  static Map<String, String> ship(String master, Map<String, String> conf, Properties system, Path option,
      Class<?> jobClass) {
    if (isLocal(master)) {
      return conf;
    }
    String named = conf.getOrDefault(SPARK_JARS, system.getProperty(SPARK_JARS, ""));
    boolean submitted = conf.containsKey(SPARK_JARS) || system.getProperty(SPARK_JARS) != null
        || system.getProperty("spark.submit.deployMode") != null;
    if (submitted && option == null) {
      return conf;
    }
    Path jar = option != null ? explicit(option) : forClass(jobClass);
    Map<String, String> shipped = new LinkedHashMap<>(conf);
    shipped.put(SPARK_JARS, (named.isBlank() ? "" : named + ",") + jar.toAbsolutePath().normalize());
    return shipped;
  }

  private static Path explicit(Path option) {
    if (!Files.isRegularFile(option)) {
      throw new NotFound("--app-jar " + option + ": no such file. Run `mvn package` to build it.");
    }
    return option;
  }

  /** The app jar for the job class: the jar it was loaded from, or the one beside its classes directory. */
  static Path forClass(Class<?> jobClass) {
    CodeSource source = jobClass.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
      throw new NotFound("Cannot tell where " + jobClass.getName() + " was loaded from, so there is no app jar"
          + " to ship to the cluster: pass --app-jar PATH (`mvn package` writes target/<artifactId>-<version>-app.jar).");
    }
    try {
      return forCodeSource(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new NotFound("Cannot read the location " + source.getLocation() + " of " + jobClass.getName()
          + ": pass --app-jar PATH.");
    }
  }

  /**
   * The rule: a job loaded from a jar ships that jar; a job loaded from a classes directory (such
   * as {@code target/classes}) ships the single {@code *-app.jar} in the directory above it
   * ({@code target/}), where {@code mvn package} writes it.
   */
  static Path forCodeSource(Path location) {
    if (Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jar")) {
      return location;
    }
    Path classes = location.toAbsolutePath().normalize();
    Path folder = classes.getParent();
    List<Path> jars = folder == null ? List.of() : appJarsIn(folder);
    if (jars.isEmpty()) {
      throw new NotFound("No app jar to ship to the cluster: the job's classes are in " + classes + " and "
          + (folder == null ? "have no folder above them" : folder + " holds no *-app.jar")
          + ". Run `mvn package` to build it, or pass --app-jar PATH.");
    }
    if (jars.size() > 1) {
      throw new NotFound("Several app jars in " + folder + " (" + names(jars) + "): pass --app-jar PATH to choose one.");
    }
    return jars.get(0);
  }

  /** A note when {@code jar} is older than the class it should hold, or empty. */
  static Optional<String> staleness(Path jar, Class<?> jobClass) {
    try {
      CodeSource source = jobClass.getProtectionDomain().getCodeSource();
      if (source == null || !"file".equals(source.getLocation().getProtocol())) {
        return Optional.empty();
      }
      Path classFile = Path.of(source.getLocation().toURI()).resolve(jobClass.getName().replace('.', '/') + ".class");
      if (Files.isRegularFile(classFile)
          && Files.getLastModifiedTime(classFile).compareTo(Files.getLastModifiedTime(jar)) > 0) {
        return Optional.of("Note: " + jar.getFileName() + " is older than " + classFile.getFileName()
            + "; executors run the jar's code. Run `mvn package` to ship your latest changes.");
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Only a hint: no hint when the times cannot be read.
    }
    return Optional.empty();
  }

  private static List<Path> appJarsIn(Path folder) {
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*-app.jar")) {
      for (Path file : files) {
        if (Files.isRegularFile(file)) {
          jars.add(file);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    jars.sort(null);
    return jars;
  }

  private static String names(List<Path> jars) {
    return String.join(", ", jars.stream().map(j -> j.getFileName().toString()).toList());
  }
}
