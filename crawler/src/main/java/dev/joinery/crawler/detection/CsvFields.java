package dev.joinery.crawler.detection;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.util.Arrays;
import java.util.List;

/** A CSV line's fields as univocity (the parser Spark's CSV reader uses) splits them, quotes honoured. */
final class CsvFields {
  private CsvFields() {}

  static List<String> split(String line, char delimiter) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(delimiter);
    settings.setNullValue("");
    String[] fields = new CsvParser(settings).parseLine(line);
    return fields == null ? List.of("") : Arrays.asList(fields);
  }
}
