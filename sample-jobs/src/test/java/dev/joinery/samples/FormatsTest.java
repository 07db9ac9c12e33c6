package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.samples.testjobs.JoineryAvroBackJob;
import dev.joinery.samples.testjobs.JoineryFormatsJob;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ORC and Avro tables are written and read like the others; APPEND keeps the previous rows. */
class FormatsTest {
  @TempDir Path dir;

  @Test
  void writesOrcAndAvroAndAppendsFromAvro() {
    DeviceEventsJobTest.writeReadings(dir);

    SparkSessions.run(new JoineryFormatsJob(), dir);
    assertEquals(List.of("[d1,2026-11-01T10:00:00Z,21.5]"), rows("orc", "out/orc_readings"));
    assertEquals(List.of("[d1,2026-11-01T10:00:00Z,21.5]"), rows("avro", "out/avro_readings"));

    SparkSessions.run(new JoineryAvroBackJob(), dir);
    SparkSessions.run(new JoineryAvroBackJob(), dir);
    assertEquals(List.of("[d1,2026-11-01T10:00:00Z,21.5]", "[d1,2026-11-01T10:00:00Z,21.5]"),
        rows("parquet", "out/reading_copies"));
  }

  private List<String> rows(String format, String location) {
    String source = format.equals("avro") ? "org.apache.spark.sql.avro.AvroFileFormat" : format;
    return SparkSessions.spark().read().format(source).load(dir.resolve(location).toString())
        .collectAsList().stream().map(Row::toString).toList();
  }
}
