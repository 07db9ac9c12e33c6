package dev.joinery.runtime;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a CSV record starts, found by its values: on the error path only, one pass over the file
 * with a CSV parser set up as Spark's read was (separator, quote, escape, encoding), so a record
 * with quoted separators or line breaks is still found, and a repeated header is not line 1.
 */
final class CsvLines {
  private CsvLines() {}

  /** The 1-based line where the first record with {@code values} (null and empty alike) starts. */
  static Optional<Long> find(InputStream file, TableSpec table, List<String> values) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(table.csvSeparator());
    settings.getFormat().setQuote(table.options().getOrDefault("quote", "\"").charAt(0));
    settings.getFormat().setQuoteEscape(table.options().getOrDefault("escape", "\\").charAt(0));
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(Math.max(512, values.size() * 2));
    settings.setKeepQuotes(false);
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setSkipEmptyLines(false);
    boolean header = table.csvHeader();
    Charset encoding = Charset.forName(table.options().getOrDefault("encoding", "UTF-8"));
    CsvParser parser = new CsvParser(settings);
    parser.beginParsing(new InputStreamReader(file, encoding));
    try {
      // Counted here rather than asked of the parser, whose line count leaves out quoted line breaks.
      long start = 1;
      for (String[] record = parser.parseNext(); record != null; record = parser.parseNext()) {
        boolean first = start == 1;
        if (first && record.length > 0 && record[0] != null && record[0].startsWith("\uFEFF")) {
          record[0] = record[0].substring(1);
        }
        if (!(first && header) && matches(record, values)) {
          return Optional.of(start);
        }
        start += 1 + Arrays.stream(record).filter(Objects::nonNull).mapToLong(f -> f.chars().filter(c -> c == '\n').count())
            .sum();
      }
      return Optional.empty();
    } finally {
      parser.stopParsing();
    }
  }

  private static boolean matches(String[] record, List<String> values) {
    if (record.length != values.size()) {
      return false;
    }
    for (int i = 0; i < record.length; i++) {
      if (!Objects.equals(emptyAsNull(record[i]), emptyAsNull(values.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static String emptyAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
