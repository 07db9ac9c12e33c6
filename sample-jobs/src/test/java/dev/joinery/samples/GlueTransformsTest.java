package dev.joinery.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.samples.testjobs.JoineryFillMissingJob;
import dev.joinery.samples.testjobs.JoineryGlueEventsJob;
import dev.joinery.samples.testjobs.JoineryLenientEventsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @FillMissing}, {@code @Unbox} and {@code @Relationalize} on real files. */
class GlueTransformsTest {
  private static final String EVENTS = """
      {"id": 1, "payload": "{\\"address\\": {\\"city\\": \\"Berlin\\", \\"zip\\": \\"10115\\"}, \\"items\\": [{\\"sku\\": \\"A\\", \\"qty\\": 2}, {\\"sku\\": \\"B\\", \\"qty\\": 1}]}"}
      {"id": 2, "payload": "{\\"address\\": {\\"city\\": \\"Paris\\"}, \\"items\\": []}"}
      {"id": 3, "payload": null}
      """;

  @TempDir Path dir;

  @Test
  void fillsTakeALiteralOrAStatisticOfTheNonNullValues() throws IOException {
    write("in/gappy_orders", "part-0.csv", """
        id,country,quantity,price,size,weight,day
        1,DE,1,10.00,3,2.5,2024-01-01
        2,,2,20.00,3,,2024-01-03
        3,FR,,,5,1.5,
        4,,,40.00,5,,2024-01-02
        5,NL,,45.00,,4.0,
        """);

    SparkSessions.run(new JoineryFillMissingJob(), dir);

    // quantity: mean of 1 and 2 is 1.5, rounded half up; price: exact median of 10, 20, 40, 45 is (20 + 40) / 2;
    // size: 3 and 5 are both most frequent, the smallest wins; weight: min; day: max.
    assertEquals(List.of(
        "[1,DE,1,10.00,3,2.5,2024-01-01]",
        "[2,unknown,2,20.00,3,1.5,2024-01-03]",
        "[3,FR,2,30.00,5,1.5,2024-01-03]",
        "[4,unknown,2,40.00,5,1.5,2024-01-02]",
        "[5,NL,2,45.00,3,4.0,2024-01-03]"), rows("out/filled_orders"));
  }

  @Test
  void aStatisticOfNoValueFailsTheRunWhenTheColumnCannotBeNull() throws IOException {
    write("in/gappy_orders", "part-0.csv", "id,country,quantity,price,size,weight,day\n1,DE,,1.00,1,1.0,2024-01-01\n");

    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> SparkSessions.run(new JoineryFillMissingJob(), dir));

    assertTrue(failure.getMessage().contains("Step 'filled' (@FillMissing): column quantity has no non-null value to"
        + " take the mean of, and FilledOrder.quantity cannot be null"), failure.getMessage());
    assertTrue(Files.notExists(dir.resolve("out/filled_orders")), "no output written");
  }

  @Test
  void jsonIsUnboxedAndRelationalizedIntoARootAndAChildTable() throws IOException {
    write("in/raw_events", "part-0.json", EVENTS);

    SparkSessions.run(new JoineryGlueEventsJob(), dir);

    assertEquals(List.of("[1,Berlin,10115]", "[2,Paris,null]", "[3,null,null]"), rows("out/event_towns"));
    // Explode leaves out event 2 (no items) and event 3 (no payload).
    assertEquals(List.of("[1,A,2]", "[1,B,1]"), rows("out/event_items"));
    // keepEmpty: events 2 and 3 keep a row, with no item.
    assertEquals(List.of("[1,A,2]", "[1,B,1]", "[2,null,null]", "[3,null,null]"), rows("out/event_items_or_none"));
  }

  @Test
  void aPayloadThatIsNotJsonOfItsShapeFailsTheRunNamingStepColumnAndValue() throws IOException {
    write("in/raw_events", "part-0.json", EVENTS + "{\"id\": 4, \"payload\": \"{\\\"items\\\": 7\"}\n");

    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> SparkSessions.run(new JoineryGlueEventsJob(), dir));

    assertTrue(failure.getMessage().contains("Step 'parsed' (@Unbox): column payload of RawEvent holds a value that"
        + " is not JSON of struct<EventPayload>: {\"items\": 7"), failure.getMessage());
  }

  @Test
  void skippedPayloadsLeaveTheirRowsOut() throws IOException {
    write("in/raw_events", "part-0.json", EVENTS + "{\"id\": 4, \"payload\": \"not json\"}\n"
        + "{\"id\": 5, \"payload\": \"{\\\"items\\\": [{\\\"qty\\\": \\\"many\\\"}]}\"}\n");

    SparkSessions.run(new JoineryLenientEventsJob(), dir);

    assertEquals(List.of("[1]", "[2]", "[3]"), rows("out/parsed_event_ids"));
  }

  private void write(String folder, String file, String text) throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve(folder)).resolve(file), text);
  }

  /** The rows written to {@code location}, sorted by every column. */
  private List<String> rows(String location) {
    Dataset<Row> written = SparkSessions.spark().read().parquet(dir.resolve(location).toString());
    Column[] everyColumn = Arrays.stream(written.columns()).map(functions::col).toArray(Column[]::new);
    return written.orderBy(everyColumn).collectAsList().stream().map(Row::toString).toList();
  }
}
