package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.catalog.CatalogLocation;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TableEntry;
import dev.joinery.runtime.JoineryDataException;
import dev.joinery.samples.testjobs.JoineryMappedColumnsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Column} at run time: a source read under the data's names, steps on the components'
 * names, the sink written under its own data names, the catalog showing the data's names, and a
 * bad value reported under the data's name.
 */
class MappedColumnsTest {
  @TempDir Path dir;

  private void writeReadings(String rows) throws IOException {
    Files.createDirectories(dir.resolve("in/mapped_readings"));
    Files.writeString(dir.resolve("in/mapped_readings/readings.csv"), "reading id,Device-Name,temperature\n" + rows);
  }

  @Test
  void mappedColumnsAreReadAndWrittenUnderTheDataNames() throws IOException {
    writeReadings("1,d1,21.5\n2,d1,23.0\n3,d2,-4.0\n4,d2,18.25\n");

    SparkSessions.run(new JoineryMappedColumnsJob(), dir);

    Dataset<Row> written = SparkSessions.spark().read().parquet(dir.resolve("out/mapped_maximums").toString());
    assertEquals(List.of("device_name", "max_temperature"), List.of(written.columns()));
    assertEquals(List.of("[d1,23.0]", "[d2,18.25]"),
        written.orderBy("device_name").collectAsList().stream().map(Row::toString).toList());

    JoineryCatalog catalog = JoineryCatalog.open(CatalogLocation.forProject(dir, Map.of()));
    assertEquals(List.of("reading id", "Device-Name", "temperature"),
        catalog.table("test.mapped_readings").orElseThrow().columns().stream().map(TableEntry.ColumnEntry::name).toList());
    assertEquals(List.of("device_name", "max_temperature"),
        catalog.table("test.mapped_maximums").orElseThrow().columns().stream().map(TableEntry.ColumnEntry::name).toList());
  }

  @Test
  void aBadValueIsReportedUnderTheDataName() throws IOException {
    writeReadings("1,d1,21.5\nx2,d1,23.0\n");

    JoineryDataException e = assertThrows(JoineryDataException.class,
        () -> SparkSessions.run(new JoineryMappedColumnsJob(), dir));
    assertTrue(e.getMessage().contains("line 3, column reading id: cannot read 'x2' as bigint"), e.getMessage());
  }
}
