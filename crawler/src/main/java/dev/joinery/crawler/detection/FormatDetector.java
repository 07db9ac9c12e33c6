package dev.joinery.crawler.detection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.annotations.Format;
import dev.joinery.crawler.CrawlException;
import dev.joinery.runtime.LinePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Finds a file's format from its content, as Glue's built-in classifiers do, not from its name:
 * Parquet, ORC and Avro by their magic bytes; then text: XML (and the element that repeats under
 * the root, the row tag), JSON (one object per line, or one document over many lines), log lines
 * that a classifier matches (the user's first, in order, then the built-in ones), and last CSV
 * (the delimiter that splits every line into the same number of fields, and whether the first
 * line is a header).
 */
public final class FormatDetector {
  /** How much of a file is read to tell its format. */
  static final int HEAD_BYTES = 64 * 1024;
  /** How many of its lines. */
  static final int HEAD_LINES = 50;
  private static final List<Character> DELIMITERS = List.of(',', '\t', ';', '|');
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Classifier> classifiers;

  /** @param classifiers the user's classifiers, tried in order before the built-in ones */
  public FormatDetector(List<Classifier> classifiers) {
    this.classifiers = new ArrayList<>(classifiers);
    this.classifiers.addAll(Classifier.BUILT_IN);
  }

  public DetectedFormat detect(Path file, Configuration conf) {
    return detect(head(file, conf), file.toString());
  }

  DetectedFormat detect(byte[] head, String file) {
    if (startsWith(head, "PAR1")) {
      return new DetectedFormat(Format.PARQUET, Map.of(), null, "Parquet magic bytes PAR1");
    }
    if (startsWith(head, "ORC")) {
      return new DetectedFormat(Format.ORC, Map.of(), null, "ORC magic bytes");
    }
    if (startsWith(head, "Obj\u0001")) {
      return new DetectedFormat(Format.AVRO, Map.of(), null, "Avro object container magic bytes");
    }
    String text = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    if (head.length == HEAD_BYTES) {
      text = text.substring(0, Math.max(0, text.lastIndexOf('\n'))); // no half line at the end
    }
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw new CrawlException("File " + file + " is empty; the crawler needs data to tell its format.");
    }
    if (start.startsWith("<")) {
      return xml(start, file);
    }
    List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(HEAD_LINES).toList();
    if (start.startsWith("{") || start.startsWith("[")) {
      boolean oneObjectPerLine = start.startsWith("{") && lines.stream().allMatch(FormatDetector::isJsonObject);
      return oneObjectPerLine
          ? new DetectedFormat(Format.JSON, Map.of(), null, "one JSON object per line")
          : new DetectedFormat(Format.JSON, Map.of("multiLine", "true"), null, "JSON over several lines");
    }
    for (Classifier classifier : classifiers) {
      if (classifier.matchesAll(lines)) {
        return new DetectedFormat(classifier.format(), Map.of(LinePattern.OPTION, classifier.pattern()), classifier,
            "every line matches classifier " + classifier.name());
      }
    }
    return csv(lines, file);
  }

  private static boolean isJsonObject(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject();
    } catch (IOException e) {
      return false;
    }
  }

  /** XML: the row tag is the element that appears most often as a child of the root. */
  private static DetectedFormat xml(String text, String file) {
    Map<String, Integer> children = new LinkedHashMap<>();
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
      int depth = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          if (depth == 2) {
            children.merge(reader.getLocalName(), 1, Integer::sum);
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      // The head ends inside an element, or the file is broken further on: what was read counts.
    }
    String rowTag = children.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElseThrow(() -> new CrawlException("File " + file + " looks like XML but has no repeated element under"
            + " its root to make rows of."));
    return new DetectedFormat(Format.XML, Map.of("rowTag", rowTag), null, "XML, one row per element " + rowTag);
  }

  /** CSV: the delimiter that cuts every line into the same number of fields, the most fields winning. */
  private static DetectedFormat csv(List<String> lines, String file) {
    char best = 0;
    int bestFields = 1;
    for (char delimiter : DELIMITERS) {
      int fields = CsvFields.split(lines.get(0), delimiter).size();
      boolean consistent = lines.stream().allMatch(l -> CsvFields.split(l, delimiter).size() == fields);
      if (consistent && fields > bestFields) {
        best = delimiter;
        bestFields = fields;
      }
    }
    if (best == 0) {
      throw new CrawlException("Cannot tell the format of " + file + ": it is not Parquet, ORC, Avro, XML or JSON, no"
          + " classifier matches its lines, and no delimiter (, tab ; |) splits them into the same columns."
          + " Give a classifier, as in --classifier 'grok:%{COMBINEDAPACHELOG}' or --classifier 'regex:(?<ip>\\S+) ...'.");
    }
    char delimiter = best;
    List<List<String>> rows = lines.stream().map(l -> CsvFields.split(l, delimiter)).toList();
    boolean header = hasHeader(rows);
    Map<String, String> options = new LinkedHashMap<>();
    options.put("header", String.valueOf(header));
    options.put("sep", String.valueOf(delimiter));
    return new DetectedFormat(Format.CSV, options, null, bestFields + " fields per line separated by '"
        + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "'" + (header ? ", a header line" : ", no header"));
  }

  /**
   * Whether the first row names the columns: its values are distinct names, and in some column it
   * is text where the rows below hold numbers or dates, or none of its values appears again below.
   */
  static boolean hasHeader(List<List<String>> rows) {
    List<String> first = rows.get(0);
    boolean names = first.stream().allMatch(v -> v.matches("\\s*[\\p{L}_][\\p{L}\\p{N}_ .\\-]*\\s*"))
        && first.stream().distinct().count() == first.size();
    if (!names) {
      return false;
    }
    if (rows.size() == 1) {
      return true;
    }
    Map<Integer, Boolean> seenAgain = new HashMap<>();
    for (int column = 0; column < first.size(); column++) {
      int c = column;
      long typed = rows.subList(1, rows.size()).stream().map(r -> r.get(c)).filter(FormatDetector::looksTyped).count();
      if (typed > (rows.size() - 1) / 2) {
        return true;
      }
      seenAgain.put(c, rows.subList(1, rows.size()).stream().anyMatch(r -> r.get(c).equals(first.get(c))));
    }
    return !seenAgain.containsValue(true);
  }

  private static boolean looksTyped(String value) {
    return value.matches("\\s*[+-]?[0-9.,:/ TZ-]+\\s*") && !value.isBlank();
  }

  private static boolean startsWith(byte[] head, String magic) {
    byte[] bytes = magic.getBytes(StandardCharsets.ISO_8859_1);
    return head.length >= bytes.length && Arrays.equals(Arrays.copyOf(head, bytes.length), bytes);
  }

  private static byte[] head(Path file, Configuration conf) {
    try (InputStream in = file.getFileSystem(conf).open(file)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
