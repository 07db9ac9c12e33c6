package dev.joinery.benchmarks.reads;

import dev.joinery.runtime.JobLauncher;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times Joinery's checked CSV read against Spark reading the same file with the same schema and
 * no checks, both followed by the same small aggregate: a big file whose one bad row is the last,
 * at two sizes (the time should grow with the size, and the bad row be found and named), and a
 * file with one 10 MB field, valid and then invalid (the error path must stay linear too).
 */
@Command(name = "benchmark-reads", mixinStandardHelpOptions = true,
    description = "Joinery's checked CSV reads against plain Spark reads of the same files.")
public final class ReadChecksBenchmark implements Callable<Integer> {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final String HEADER = "id,device,value,day,note";

  @Option(names = "--mb", description = "Size of the big file in MB (default ${DEFAULT-VALUE}); also run at a quarter of it.")
  int megabytes = 1024;

  @Option(names = "--field-mb", description = "Size of the one long field in MB (default ${DEFAULT-VALUE}).")
  int fieldMegabytes = 10;

  @Option(names = "--dir", description = "Where the files go (default ${DEFAULT-VALUE}).")
  Path dir = Path.of("target/read-benchmark");

  public static void main(String[] args) {
    System.exit(new CommandLine(new ReadChecksBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SparkSession spark = JobLauncher.session("joinery-read-benchmark", null, Map.of());
    System.out.printf("%-34s %9s %9s %9s %7s %9s %7s%n", "input", "MB", "Spark s", "Joinery s", "ratio", "split s",
        "ratio");
    for (int mb : List.of(Math.max(1, megabytes / 4), megabytes)) {
      Path base = dir.resolve("big-" + mb);
      long bytes = writeBigFile(base.resolve("readings/part-0.csv"), mb * 1024L * 1024L);
      double plain = time(() -> sparkRead(spark, base));
      double checked = time(() -> expectBadRow(spark, new JoineryReadingsJob(), base));
      double split = time(() -> expectBadRow(spark, new JoinerySplitReadingsJob(), base));
      report("big file, bad last row", bytes, plain, checked, split);
    }
    Path valid = dir.resolve("field-valid");
    long bytes = writeLongField(valid.resolve("readings/part-0.csv"), fieldMegabytes, false);
    double plain = time(() -> sparkRead(spark, valid));
    double checked = time(() -> JobLauncher.run(new JoineryReadingsJob(), spark, RunOptions.in(valid), QUIET));
    double split = time(() -> JobLauncher.run(new JoinerySplitReadingsJob(), spark, RunOptions.in(valid), QUIET));
    report(fieldMegabytes + " MB field, valid", bytes, plain, checked, split);
    Path invalid = dir.resolve("field-invalid");
    bytes = writeLongField(invalid.resolve("readings/part-0.csv"), fieldMegabytes, true);
    plain = time(() -> sparkRead(spark, invalid));
    checked = time(() -> expectBadRow(spark, new JoineryReadingsJob(), invalid));
    split = time(() -> expectBadRow(spark, new JoinerySplitReadingsJob(), invalid));
    report(fieldMegabytes + " MB field, invalid", bytes, plain, checked, split);
    System.out.println("ratio: Joinery's time over Spark's, same file, same session. Spark reads with the same"
        + " schema, no checks (a bad value becomes null or another value). split: the table declared"
        + " multiLine=false, so Spark splits the file across tasks; Joinery's default reads quoted line breaks,"
        + " one task per file.");
    return 0;
  }

  private static void report(String input, long bytes, double plain, double checked, double split) {
    System.out.printf("%-34s %9.1f %9.2f %9.2f %7.2f %9.2f %7.2f%n", input, bytes / 1048576.0, plain, checked,
        checked / plain, split, split / plain);
  }

  /** What a hand-written Spark job does: read with the schema, count per day, write Parquet. */
  private static void sparkRead(SparkSession spark, Path base) {
    spark.read().schema("id LONG, device STRING, value DECIMAL(12,3), day DATE, note STRING").option("header", "true")
        .csv(base.resolve("readings").toString())
        .groupBy("day").count()
        .write().mode("overwrite").parquet(base.resolve("out/spark").toString());
  }

  private static void expectBadRow(SparkSession spark, JoineryJob job, Path base) {
    try {
      JobLauncher.run(job, spark, RunOptions.in(base), QUIET);
      throw new IllegalStateException("the bad row was read: " + base);
    } catch (JoineryDataException expected) {
      String message = expected.getMessage();
      if (!message.contains(", line ")) {
        throw new IllegalStateException("the bad row's line is not named: " + message);
      }
    }
  }

  private static long writeBigFile(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    long line = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      long written = HEADER.length() + 1;
      while (written < size) {
        String row = line + ",sensor-" + (line % 977) + "," + (line % 100_000) + "." + (line % 1000) + ",2026-"
            + String.format("%02d-%02d", 1 + line % 12, 1 + line % 28) + ",reading number " + line + "\n";
        out.write(row);
        written += row.length();
        line++;
      }
      out.write(line + ",sensor-0,12.5O,2026-01-01,the bad row\n");
    }
    return Files.size(file);
  }

  private static long writeLongField(Path file, int megabytes, boolean invalid) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (int i = 0; i < 1000; i++) {
        out.write(i + ",sensor-1,1.5,2026-01-01,short\n");
      }
      String field = "9".repeat(megabytes * 1024 * 1024);
      out.write(invalid ? "1000,sensor-1," + field + "x,2026-01-01,long\n" : "1000,sensor-1,1.5,2026-01-01," + field + "\n");
    }
    return Files.size(file);
  }

  private static double time(Action action) {
    long start = System.nanoTime();
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private interface Action {
    void run() throws IOException;
  }
}
