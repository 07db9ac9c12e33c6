package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JoineryDataException;
import dev.joinery.samples.testjobs.JoineryDeviceEventsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-describing files whose schema drifted from the record, and JSON values a record cannot hold. */
class SchemaDriftTest {
  @TempDir Path dir;

  @Test
  void parquetColumnOfTheWrongTypeNamesFileAndColumn() throws IOException {
    DeviceEventsJobTest.writeDevices(dir);
    SparkSessions.spark().sql("SELECT 'd1' AS deviceId, TIMESTAMP'2026-11-01 10:00:00' AS at, 'high' AS value")
        .write().mode(SaveMode.Overwrite).parquet(dir.resolve("in/readings").toString());

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryDeviceEventsJob(), dir));
    assertEquals("test.readings", e.table());
    assertEquals("value", e.column());
    assertTrue(e.getMessage().contains("stores column value as string but the record declares double"), e.getMessage());
    assertTrue(e.file().contains("in/readings/part-"), e.file());
  }

  @Test
  void parquetFileWithoutAColumnNamesIt() throws IOException {
    DeviceEventsJobTest.writeDevices(dir);
    SparkSessions.spark().sql("SELECT 'd1' AS deviceId, 1.5D AS value")
        .write().mode(SaveMode.Overwrite).parquet(dir.resolve("in/readings").toString());

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryDeviceEventsJob(), dir));
    assertEquals("at", e.column());
    assertTrue(e.getMessage().contains("has no column at"), e.getMessage());
  }

  @Test
  void unknownEnumConstantInJsonNamesTheColumnAndValue() throws IOException {
    DeviceEventsJobTest.writeDevices(dir);
    DeviceEventsJobTest.writeReadings(dir);
    Files.writeString(dir.resolve("in/devices/more.json"), "{\"id\":\"d9\",\"kind\":\"WATCH\"}\n");

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryDeviceEventsJob(), dir));
    assertEquals("test.devices", e.table());
    assertEquals("kind", e.column());
    assertTrue(e.getMessage().contains("more.json, line 1, column kind has 'WATCH', which is not one of PHONE, TABLET"),
        e.getMessage());
  }

  @Test
  void jsonValueOfTheWrongTypeNamesLineAndColumn() throws IOException {
    DeviceEventsJobTest.writeDevices(dir);
    DeviceEventsJobTest.writeReadings(dir);
    Files.writeString(dir.resolve("in/devices/more.json"),
        "{\"id\":\"d8\",\"kind\":\"PHONE\"}\n{\"id\":\"d9\",\"kind\":\"PHONE\",\"location\":{\"lat\":\"north\",\"lon\":1}}\n");

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryDeviceEventsJob(), dir));
    assertEquals("location", e.column());
    assertTrue(e.getMessage().contains("more.json, line 2, column location"), e.getMessage());
  }
}
