package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinery.samples.testjobs.JoineryDeviceEventsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flat map, union, left join, and lists, maps, enums and nested records through a whole run. */
class DeviceEventsJobTest {
  @TempDir Path dir;

  static void writeDevices(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("in/devices"));
    Files.writeString(dir.resolve("in/devices/devices.json"), """
        {"id":"d1","kind":"PHONE","tags":["work","travel"],"counters":{"steps":1200,"calls":3},"location":{"lat":52.5,"lon":13.4},"history":[{"lat":1.0,"lon":2.0},{"lat":3.0,"lon":4.0}]}
        {"id":"d2","kind":"TABLET","tags":[],"location":null}
        {"id":"d3","kind":null}
        """);
  }

  static void writeReadings(Path dir) {
    SparkSessions.spark().sql("SELECT 'd1' AS deviceId, TIMESTAMP'2026-11-01 10:00:00' AS at, 21.5D AS value")
        .write().mode(SaveMode.Overwrite).parquet(dir.resolve("in/readings").toString());
  }

  @Test
  void flatMapsUnionsAndLeftJoinsWithNestedValues() throws IOException {
    writeDevices(dir);
    writeReadings(dir);

    SparkSessions.run(new JoineryDeviceEventsJob(), dir);

    List<String> rows = SparkSessions.spark().read().json(dir.resolve("out/device_events").toString())
        .selectExpr("deviceId", "kind", "tag", "steps", "to_json(where)", "to_json(history)", "reading")
        .orderBy("deviceId", "tag")
        .collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of(
        "[d1,PHONE,travel,1200,{\"lat\":52.5,\"lon\":13.4},[{\"lat\":1.0,\"lon\":2.0},{\"lat\":3.0,\"lon\":4.0}],21.5]",
        "[d1,PHONE,work,1200,{\"lat\":52.5,\"lon\":13.4},[{\"lat\":1.0,\"lon\":2.0},{\"lat\":3.0,\"lon\":4.0}],21.5]",
        "[d2,TABLET,none,null,null,null,null]",
        "[d3,null,none,null,null,null,null]"), rows);
  }
}
