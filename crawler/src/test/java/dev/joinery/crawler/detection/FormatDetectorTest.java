package dev.joinery.crawler.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.annotations.Format;
import dev.joinery.crawler.CrawlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formats told by content, over the committed samples; file names play no part. */
class FormatDetectorTest {
  private static final Path SAMPLES = Path.of("src/test/resources/crawl");
  private final FormatDetector detector = new FormatDetector(List.of());

  private DetectedFormat detect(String file) throws IOException {
    return detector.detect(Files.readAllBytes(SAMPLES.resolve(file)), file);
  }

  private DetectedFormat detectText(String text) {
    return detector.detect(text.getBytes(StandardCharsets.UTF_8), "test");
  }

  @Test
  void binaryFormatsByTheirMagicBytes() throws IOException {
    assertEquals(Format.PARQUET, detect("parquet/day=2026-11-01/readings.parquet").format());
    assertEquals(Format.ORC, detect("orc/readings.orc").format());
    assertEquals(Format.AVRO, detect("avro/readings.avro").format());
  }

  @Test
  void csvWithItsDelimiterAndHeader() throws IOException {
    assertEquals(Map.of("header", "true", "sep", ","), detect("csv/readings.csv").options());
    assertEquals(Map.of("header", "true", "sep", ";"), detect("semicolon/prices.csv").options());
    assertEquals(Map.of("header", "false", "sep", "\t"), detectText("1\td1\t21.5\n2\td2\t19.0\n").options());
  }

  @Test
  void aQuotedDelimiterDoesNotSplitAField() {
    DetectedFormat csv = detectText("id,name\n1,\"Smith, Jane\"\n2,\"Doe, John\"\n");
    assertEquals(Format.CSV, csv.format());
    assertEquals(",", csv.options().get("sep"));
  }

  @Test
  void jsonLinesAndMultiLineJson() throws IOException {
    DetectedFormat lines = detect("jsonl/events.jsonl");
    assertEquals(Format.JSON, lines.format());
    assertEquals(Map.of(), lines.options());
    DetectedFormat document = detect("json/devices.json");
    assertEquals(Format.JSON, document.format());
    assertEquals(Map.of("multiLine", "true"), document.options());
  }

  @Test
  void xmlWithTheRepeatedElementAsRowTag() throws IOException {
    DetectedFormat xml = detect("xml/books.xml");
    assertEquals(Format.XML, xml.format());
    assertEquals(Map.of("rowTag", "book"), xml.options());
  }

  @Test
  void accessLogLinesByTheBuiltInGrokClassifier() throws IOException {
    DetectedFormat log = detect("access_log/access.log");
    assertEquals(Format.GROK, log.format());
    assertEquals("apache-combined", log.classifier().name());
    assertEquals("%{COMBINEDAPACHELOG}", log.options().get("pattern"));
  }

  @Test
  void theUsersClassifiersAreTriedFirstInOrder() throws IOException {
    Classifier never = Classifier.parse("regex:^NEVER (?<x>\\d+)");
    Classifier ip = Classifier.parse("regex:^(?<ip>\\S+) \\S+ (?<user>\\S+)");
    DetectedFormat log = new FormatDetector(List.of(never, ip))
        .detect(Files.readAllBytes(SAMPLES.resolve("access_log/access.log")), "access.log");
    assertEquals(Format.REGEX, log.format());
    assertEquals(ip, log.classifier());
  }

  @Test
  void aClassifierThatDoesNotCompileIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Classifier.parse("grok:%{NOT_A_PATTERN:x}"));
    assertTrue(e.getMessage().startsWith("Classifier grok:%{NOT_A_PATTERN:x} does not compile"), e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Classifier.parse("apache"))
        .getMessage().contains("[apache-combined, apache-common, syslog]"));
  }

  @Test
  void textNothingRecognisesSaysHowToClassifyIt() {
    CrawlException e = assertThrows(CrawlException.class, () -> detectText("hello there\nsomething else, odd\n"));
    assertTrue(e.getMessage().contains("--classifier"), e.getMessage());
  }

  @Test
  void aHeaderIsNamesAboveTypedValues() {
    assertTrue(FormatDetector.hasHeader(List.of(List.of("id", "price"), List.of("1", "2.5"))));
    assertFalse(FormatDetector.hasHeader(List.of(List.of("a", "b"), List.of("a", "c"))));
    assertFalse(FormatDetector.hasHeader(List.of(List.of("1", "x"), List.of("2", "y"))));
  }
}
