package dev.joinery.samples;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.RunReport;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for all tests in the JVM, and helpers to run jobs in a scratch directory. */
public final class SparkSessions {
  private static SparkSession spark;

  private SparkSessions() {}

  public static synchronized SparkSession spark() {
    if (spark == null) {
      spark = JobLauncher.session("joinery-tests", "local[2]", Map.of("spark.sql.shuffle.partitions", "4"));
    }
    return spark;
  }

  /** Runs {@code job} with relative locations under {@code baseDir}, capturing its console output. */
  public static RunReport run(JoineryJob job, Path baseDir, StringBuilder output) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      return JobLauncher.run(job, spark(), RunOptions.in(baseDir), out);
    } finally {
      output.append(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  public static RunReport run(JoineryJob job, Path baseDir) {
    return run(job, baseDir, new StringBuilder());
  }

  /** The current rows of Iceberg table {@code name} in the project catalog under {@code baseDir}. */
  public static Dataset<Row> table(Path baseDir, String name) {
    return IcebergCatalogs.session(spark(), CatalogLocation.forProject(baseDir, Map.of()))
        .read().table(IcebergCatalogs.sparkName(name));
  }

  /** Copies the committed sample data ({@code sample-jobs/data/raw}) under {@code baseDir}. */
  public static void copySampleData(Path baseDir) throws IOException {
    Path source = Path.of("data/raw");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = baseDir.resolve("data/raw").resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
