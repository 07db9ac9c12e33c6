package dev.joinery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which jar `joinery run` ships to a cluster's executors, and when it ships none. */
class AppJarTest {
  private static final String FIXTURE = AppJarFixture.class.getName().replace('.', '/') + ".class";

  @TempDir Path dir;

  @Test
  void aJobLoadedFromAJarShipsThatJar() throws Exception {
    Path jar = jarWithFixture(dir.resolve("lib/shop-jobs-1.0-app.jar"));
    assertEquals(jar, AppJar.forClass(load(jar)));
  }

  @Test
  void aJobLoadedFromAClassesFolderShipsTheAppJarBesideIt() throws Exception {
    Path classes = classesWithFixture(dir.resolve("target/classes"));
    Files.createFile(dir.resolve("target/shop-jobs-1.0.jar")); // the plain jar: not the one to ship
    Path app = Files.createFile(dir.resolve("target/shop-jobs-1.0-app.jar"));
    assertEquals(app, AppJar.forClass(load(classes)));
  }

  @Test
  void noAppJarBesideTheClassesSaysToPackageOrNameOne() throws Exception {
    Path classes = classesWithFixture(dir.resolve("target/classes"));
    Files.createFile(dir.resolve("target/shop-jobs-1.0.jar"));
    AppJar.NotFound e = assertThrows(AppJar.NotFound.class, () -> AppJar.forClass(load(classes)));
    assertTrue(e.getMessage().contains("mvn package") && e.getMessage().contains("--app-jar"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void twoAppJarsAreAChoiceForTheUser() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    Files.createFile(dir.resolve("target/a-1.0-app.jar"));
    Files.createFile(dir.resolve("target/b-1.0-app.jar"));
    AppJar.NotFound e = assertThrows(AppJar.NotFound.class, () -> AppJar.forCodeSource(classes));
    assertTrue(e.getMessage().contains("a-1.0-app.jar, b-1.0-app.jar") && e.getMessage().contains("--app-jar"),
        e.getMessage());
  }

  @Test
  void onAClusterTheAppJarBecomesSparkJars() throws Exception {
    Path classes = classesWithFixture(dir.resolve("target/classes"));
    Path app = Files.createFile(dir.resolve("target/shop-jobs-1.0-app.jar"));
    Map<String, String> conf = Map.of("spark.executor.memory", "2g");
    Map<String, String> shipped = AppJar.ship("spark://10.0.0.1:7077", conf, new Properties(), null, load(classes));
    assertEquals(Map.of("spark.executor.memory", "2g", "spark.jars", app.toString()), shipped);
  }

  @Test
  void locallyNothingIsShipped() {
    Map<String, String> conf = Map.of();
    for (String master : new String[] {"local", "local[*]", "local[2]", "local[4,2]"}) {
      assertSame(conf, AppJar.ship(master, conf, new Properties(), null, String.class), master);
    }
    assertTrue(AppJar.isLocal(AppJar.master(null, conf, new Properties())), "local[*] is the default");
  }

  @Test
  void whatSparkSubmitOrTheUserShipsStays() {
    Properties submitted = new Properties();
    submitted.setProperty("spark.jars", "file:/jobs/app.jar");
    submitted.setProperty("spark.master", "spark://10.0.0.1:7077");
    Map<String, String> conf = Map.of();
    // String.class has no app jar: looking for one would fail.
    assertSame(conf, AppJar.ship(AppJar.master(null, conf, submitted), conf, submitted, null, String.class));

    Properties clientMode = new Properties();
    clientMode.setProperty("spark.submit.deployMode", "client");
    assertSame(conf, AppJar.ship("yarn", conf, clientMode, null, String.class));

    Map<String, String> named = Map.of("spark.jars", "/jobs/mine.jar");
    assertSame(named, AppJar.ship("spark://10.0.0.1:7077", named, new Properties(), null, String.class));
  }

  @Test
  void anExplicitAppJarIsShippedAfterTheOnesNamed() throws IOException {
    Path jar = Files.createFile(dir.resolve("jobs-app.jar"));
    Properties submitted = new Properties();
    submitted.setProperty("spark.jars", "file:/jobs/app.jar");
    assertEquals("file:/jobs/app.jar," + jar,
        AppJar.ship("spark://h:7077", Map.of(), submitted, jar, String.class).get("spark.jars"));
    assertEquals(jar.toString(), AppJar.ship("spark://h:7077", Map.of(), new Properties(), jar, String.class)
        .get("spark.jars"));
    AppJar.NotFound e = assertThrows(AppJar.NotFound.class,
        () -> AppJar.ship("spark://h:7077", Map.of(), new Properties(), dir.resolve("missing.jar"), String.class));
    assertTrue(e.getMessage().contains("missing.jar") && e.getMessage().contains("mvn package"), e.getMessage());
    // --master local: the executors are the driver's JVM.
    assertEquals(Map.of(), AppJar.ship("local[2]", Map.of(), new Properties(), jar, String.class));
  }

  @Test
  void aJarOlderThanTheJobsClassesIsWorthANote() throws Exception {
    Path classes = classesWithFixture(dir.resolve("target/classes"));
    Path app = Files.createFile(dir.resolve("target/shop-jobs-1.0-app.jar"));
    Class<?> job = load(classes);
    Files.setLastModifiedTime(app, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    assertTrue(AppJar.staleness(app, job).orElseThrow().contains("mvn package"));
    Files.setLastModifiedTime(app, FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(AppJar.staleness(app, job).isEmpty());
  }

  /** The fixture class as a job's class: loaded from {@code location} alone, not from the test classpath. */
  private static Class<?> load(Path location) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> loaded = loader.loadClass(AppJarFixture.class.getName());
    assertTrue(loaded != AppJarFixture.class);
    return loaded;
  }

  private static Path classesWithFixture(Path classes) throws IOException {
    Path file = classes.resolve(FIXTURE);
    Files.createDirectories(file.getParent());
    try (InputStream in = fixtureBytes()) {
      Files.copy(in, file);
    }
    return classes;
  }

  private static Path jarWithFixture(Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        InputStream in = fixtureBytes()) {
      out.putNextEntry(new JarEntry(FIXTURE));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  private static InputStream fixtureBytes() {
    return AppJarTest.class.getClassLoader().getResourceAsStream(FIXTURE);
  }
}
