package dev.joinery.samples.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunReport;
import dev.joinery.samples.SparkSessions;
import dev.joinery.samples.testjobs.JoineryTypedCsvJob;
import dev.joinery.samples.testjobs.JoineryTypedJsonJob;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.spark.sql.Row;

/**
 * Random CSV and JSON files, valid and invalid values of every scalar column type mixed, read
 * by a job that skips bad rows: every valid row is read exactly as written, every invalid row is
 * skipped and counted (never read as another value), and the reported bad row names its line and
 * column. CSV files come with quoting, quoted separators and line breaks, CRLF and BOMs; JSON
 * files with values of the wrong JSON type and truncated lines.
 */
class StrictReadsTest {
  private static final int TRIES = 15;
  private static final String[] COLUMNS = {"id", "small", "big", "ratio", "amount", "day", "at", "flag", "text",
      "kind"};
  private static final Object INVALID = new Object();

  /** A value as a CSV field (null: empty) and as a JSON token (null: field left out), and what it must read as. */
  record Cell(String csv, String json, Object expected) {}

  /** A row, its first line in the file, and its bad column (null if the row is fine or broken as a whole). */
  record Line(List<Cell> cells, boolean valid, String badColumn, int line) {}

  @Property(tries = TRIES)
  void csvRowsAreReadExactlyOrSkippedAndNamed(@ForAll long seed) throws IOException {
    check(new Random(seed), true);
  }

  @Property(tries = TRIES)
  void jsonRowsAreReadExactlyOrSkippedAndNamed(@ForAll long seed) throws IOException {
    check(new Random(seed), false);
  }

  private static void check(Random random, boolean csv) throws IOException {
    Path dir = Files.createTempDirectory("strict-reads");
    try {
      String newline = random.nextBoolean() ? "\n" : "\r\n";
      List<Line> lines = new ArrayList<>();
      StringBuilder file = new StringBuilder(csv && random.nextInt(4) == 0 ? "\uFEFF" : "");
      int lineNumber = 1;
      if (csv) {
        file.append(String.join(",", COLUMNS)).append(newline);
        lineNumber++;
      }
      int rows = 1 + random.nextInt(12);
      for (int r = 0; r < rows; r++) {
        Line line = row(random, csv, lineNumber);
        lines.add(line);
        String text = csv ? csvLine(line.cells()) : jsonLine(line.cells());
        if (!line.valid() && line.badColumn() == null) {
          text = csv ? text.substring(0, text.lastIndexOf(',')) : text.substring(0, text.length() - 1);
        }
        file.append(text).append(newline);
        lineNumber += (int) text.chars().filter(c -> c == '\n').count() + 1;
      }
      String table = csv ? "typed_csv" : "typed_json";
      Path input = dir.resolve("in/" + table);
      Files.createDirectories(input);
      Files.writeString(input.resolve("part-0." + (csv ? "csv" : "json")), file.toString(), StandardCharsets.UTF_8);

      JoineryJob job = csv ? new JoineryTypedCsvJob() : new JoineryTypedJsonJob();
      RunReport report = SparkSessions.run(job, dir);

      String context = "file:\n" + file;
      List<Line> invalid = lines.stream().filter(l -> !l.valid()).toList();
      assertEquals((long) invalid.size(), report.skippedRows().getOrDefault("test." + table, 0L), context);
      List<String> expected = lines.stream().filter(Line::valid).map(l -> key(l.cells().stream()
          .map(Cell::expected).toList())).sorted().toList();
      List<String> actual = SparkSessions.spark().read().parquet(dir.resolve("out/" + table + "_copy").toString())
          .collectAsList().stream().map(StrictReadsTest::key).sorted().toList();
      assertEquals(expected, actual, context);
      if (!invalid.isEmpty()) {
        String message = report.firstSkipped().get("test." + table);
        boolean named = invalid.stream().anyMatch(l -> (message.contains(", line " + l.line() + ",")
            || message.contains(", line " + l.line() + ":"))
            && (l.badColumn() == null || message.contains("column " + l.badColumn())));
        assertTrue(named, "message " + message + " names no bad row's line and column; " + context);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Line row(Random random, boolean csv, int lineNumber) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < COLUMNS.length; c++) {
      cells.add(valid(random, c, csv));
    }
    int kind = random.nextInt(4);
    if (kind == 0) {
      // one bad value; the text column has none (any text is a string)
      int column;
      do {
        column = random.nextInt(COLUMNS.length);
      } while (COLUMNS[column].equals("text"));
      cells.set(column, invalid(random, column, csv));
      return new Line(cells, false, COLUMNS[column], lineNumber);
    }
    if (kind == 1 && random.nextInt(3) == 0) {
      return new Line(cells, false, null, lineNumber); // cut short: a field missing, or a truncated JSON object
    }
    return new Line(cells, true, null, lineNumber);
  }

  private static Cell valid(Random random, int column, boolean csv) {
    boolean absent = random.nextInt(5) == 0;
    switch (COLUMNS[column]) {
      case "id": {
        long v = random.nextInt(3) == 0 ? pick(random, Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L) : random.nextLong();
        return new Cell((v >= 0 && random.nextBoolean() ? "+" : "") + v, Long.toString(v), v);
      }
      case "small": {
        if (absent) {
          return nothing(random);
        }
        int v = random.nextInt(3) == 0 ? pick(random, Integer.MIN_VALUE, Integer.MAX_VALUE, 0) : random.nextInt();
        return new Cell(Integer.toString(v), Integer.toString(v), v);
      }
      case "big": {
        if (absent) {
          return nothing(random);
        }
        long v = random.nextLong() >> random.nextInt(64);
        return new Cell(Long.toString(v), Long.toString(v), v);
      }
      case "ratio": {
        if (absent) {
          return nothing(random);
        }
        double v = csv && random.nextInt(4) == 0 ? pick(random, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY) : pick(random, 0.0, 1.5, -2.25e10, Double.MAX_VALUE, Double.MIN_VALUE,
            random.nextDouble() * 1000 - 500);
        return new Cell(Double.toString(v), Double.toString(v), v);
      }
      case "amount": {
        if (absent) {
          return nothing(random);
        }
        BigDecimal v = BigDecimal.valueOf(random.nextInt(199_999_999) - 99_999_999L, random.nextInt(3)); // 8 digits before the point
        String text = v.toPlainString();
        return new Cell(text, random.nextBoolean() ? text : "\"" + text + "\"", v.setScale(2));
      }
      case "day": {
        if (absent) {
          return nothing(random);
        }
        LocalDate v = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(73_000));
        return new Cell(v.toString(), "\"" + v + "\"", v);
      }
      case "at": {
        if (absent) {
          return nothing(random);
        }
        Instant v = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000))
            .truncatedTo(random.nextBoolean() ? ChronoUnit.SECONDS : ChronoUnit.MICROS);
        String text = random.nextBoolean() ? v.toString()
            : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.atOffset(ZoneOffset.ofHours(2)));
        return new Cell(text, "\"" + text + "\"", v);
      }
      case "flag": {
        if (absent) {
          return nothing(random);
        }
        boolean v = random.nextBoolean();
        String text = random.nextBoolean() ? Boolean.toString(v) : Boolean.toString(v).toUpperCase();
        return new Cell(text, Boolean.toString(v), v);
      }
      case "text": {
        if (absent) {
          return nothing(random);
        }
        String alphabet = "ab z,;\"\né日'|";
        StringBuilder v = new StringBuilder();
        int length = 1 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
          v.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return new Cell(v.toString(), jsonString(v.toString()), v.toString());
      }
      default: {
        if (absent) {
          return nothing(random);
        }
        String v = random.nextBoolean() ? "RED" : "GREEN";
        return new Cell(v, "\"" + v + "\"", v);
      }
    }
  }

  private static Cell invalid(Random random, int column, boolean csv) {
    String[] options;
    switch (COLUMNS[column]) {
      case "id": options = csv ? new String[] {"1,5", "1.0", " 7", "0x10", "1e3", "9223372036854775808", "abc", ""}
          : new String[] {"\"12\"", "1.5", "9223372036854775808", "true", "null"}; break;
      case "small": options = csv ? new String[] {"2147483648", "1.5", "1_000", "+-1"}
          : new String[] {"\"1\"", "2147483648", "1.5"}; break;
      case "big": options = csv ? new String[] {"12L", "1.0", "١٢"} : new String[] {"\"5\"", "1e3"}; break;
      case "ratio": options = csv ? new String[] {"1,5", "1.5d", "0x1p3", "--1", "abc"}
          : new String[] {"\"1.5\"", "true"}; break;
      case "amount": options = csv ? new String[] {"1,5", "1.239", "123456789.00", "1e2", "12.5O", ".", "-"}
          : new String[] {"1.239", "\"12.5O\"", "123456789.5", "true"}; break;
      case "day": options = csv ? new String[] {"2024-01", "2024-1-5", "2024-02-30", "2024-01-06T00:00", "01/02/2024"}
          : new String[] {"\"2024-01\"", "\"2024-02-30\"", "20240101", "\"2024-01-06T00:00\""}; break;
      case "at": options = csv ? new String[] {"2024-01-01 10:00:00", "2024-01-01T25:00:00Z", "yesterday", "2024-01-01"}
          : new String[] {"\"2024-01-01 10:00:00\"", "\"2024-01-01T25:00:00Z\"", "1700000000"}; break;
      case "flag": options = csv ? new String[] {"yes", "1", "t"} : new String[] {"\"true\"", "1"}; break;
      default: options = csv ? new String[] {"red", "BLUE", "RED "} : new String[] {"\"red\"", "\"BLUE\""};
    }
    String text = options[random.nextInt(options.length)];
    return new Cell(text, text, INVALID);
  }

  private static Cell nothing(Random random) {
    return new Cell(null, random.nextBoolean() ? null : "null", null);
  }

  private static String csvLine(List<Cell> cells) {
    List<String> fields = new ArrayList<>();
    for (Cell cell : cells) {
      String v = cell.csv();
      if (v == null) {
        fields.add("");
      } else if (v.isEmpty() || v.chars().anyMatch(c -> ",\"\n\r ".indexOf(c) >= 0)) {
        // Spark's CSV escape is the backslash: a quote inside quotes is \"
        fields.add("\"" + v.replace("\"", "\\\"") + "\"");
      } else {
        fields.add(v);
      }
    }
    return String.join(",", fields);
  }

  private static String jsonLine(List<Cell> cells) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).json() != null) {
        fields.add("\"" + COLUMNS[i] + "\": " + cells.get(i).json());
      }
    }
    return "{" + String.join(", ", fields) + "}";
  }

  private static String jsonString(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** A row's values as text, for comparing multisets of rows: Spark's date and time classes as java.time. */
  private static String key(Row row) {
    List<Object> values = new ArrayList<>();
    for (String column : COLUMNS) {
      Object v = row.get(row.fieldIndex(column));
      if (v instanceof java.sql.Date d) {
        v = d.toLocalDate();
      } else if (v instanceof java.sql.Timestamp t) {
        v = t.toInstant();
      }
      values.add(v);
    }
    return key(values);
  }

  private static String key(List<Object> values) {
    return values.stream().map(v -> v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v)).toList()
        .toString();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
