package dev.joinery.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JVM flags Spark 4 needs on Java 17: the parent pom's {@code spark.java.opens}, filtered into a resource. */
final class SparkJvmOptions {
  private SparkJvmOptions() {}

  static List<String> list() {
    try (InputStream in = SparkJvmOptions.class.getResourceAsStream("spark-jvm-options.txt")) {
      return CliMojo.words(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
