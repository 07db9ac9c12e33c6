package dev.joinery.runtime;

import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TableEntry;
import dev.joinery.catalog.TableEntry.ColumnEntry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Takes the samples a run's spigots ask for. A step's rows are noted as the job defines the step
 * and written once the run has committed, as JSON lines in
 * {@code <base>/.joinery/spigot/<job>/<step>/} (the latest run's sample replaces the previous),
 * registered in the catalog as {@code spigot.<job>_<step>} so {@code joinery sql} can query them.
 * Writing a sample is a Spark job of its own over the step's input; a run without spigots pays
 * nothing. A sample that cannot be written is reported and does not fail the run, whose outputs
 * are committed by then.
 */
final class SpigotTap {
  static final String FOLDER = ".joinery/spigot";

  private final Map<String, Spigot> requested = new LinkedHashMap<>();
  private final Map<String, Dataset<Row>> taken = new LinkedHashMap<>();

  /** The job's own spigots, then the run's, which replace the job's for the same step. */
  SpigotTap(List<Spigot> declared, List<Spigot> requestedForRun) {
    declared.forEach(s -> requested.put(s.step(), s));
    requestedForRun.forEach(s -> requested.put(s.step(), s));
  }

  /** Notes a step's rows, if a spigot asks for them. */
  void offer(String step, Dataset<Row> rows) {
    Spigot spigot = requested.get(step);
    if (spigot != null) {
      taken.put(step, spigot.rows() > 0 ? rows.limit(spigot.rows()) : rows.sample(false, spigot.fraction(), spigot.seed()));
    }
  }

  void write(String job, Path baseDir, JoineryCatalog catalog, PrintStream out) {
    taken.forEach((step, sample) -> {
      Spigot spigot = requested.get(step);
      String location = baseDir.resolve(FOLDER).resolve(job).resolve(step).toAbsolutePath().normalize().toUri().toString();
      try {
        sample.write().mode(SaveMode.Overwrite).json(location);
        List<ColumnEntry> columns = Arrays.stream(sample.schema().fields())
            .map(f -> new ColumnEntry(f.name(), f.dataType().catalogString(), f.nullable())).toList();
        catalog.registerTable(new TableEntry(spigot.tableName(job), location, "JSON", Map.of(), List.of(),
            "Spigot on step " + step + " of job " + job + ": " + spigot.describe(), columns, job));
        out.printf("  spigot  %-32s %s -> %s%n", step, spigot.describe(), spigot.tableName(job));
      } catch (Exception e) {
        // Spark throws checked exceptions it does not declare; a sample is not worth failing a committed run.
        out.printf("  spigot  %-32s not written: %s%n", step,
            e.getMessage() == null ? e.getClass().getName() : e.getMessage().lines().findFirst().orElse(""));
      }
    });
  }
}
