package dev.joinery.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.annotations.Format;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Group numbers as Java's regex engine counts them, so regexp_extract cuts out the right capture. */
class LinePatternTest {
  @Test
  void namedGroupsAreNumberedWithTheUnnamedOnesAroundThem() {
    String regex = "(a)(?:b)(?<first>[(]\\(x)(?<second>(c)|\\Q(?<no>\\E)[^)(]*(?=y)y(?<third>z)";
    assertEquals(Map.of("first", 2, "second", 3, "third", 5), LinePattern.numberedGroups(regex));
    Matcher matcher = Pattern.compile(regex).matcher("a" + "b" + "((x" + "c" + "y" + "z");
    assertTrue(matcher.find()); // the numbers agree with the engine's own
    for (String name : List.of("first", "second", "third")) {
      assertEquals(matcher.group(name), matcher.group(LinePattern.numberedGroups(regex).get(name)));
    }
  }

  @Test
  void grokFieldsMapToTheirGroups() {
    LinePattern pattern = LinePattern.of(Format.GROK, "%{COMBINEDAPACHELOG}");
    Matcher matcher = Pattern.compile(pattern.regex()).matcher(
        "10.0.0.2 - - [10/Oct/2026:13:56:01 +0000] \"GET /products HTTP/1.1\" 200 5120 \"-\" \"curl/8.5.0\"");
    assertTrue(matcher.find());
    assertEquals("10.0.0.2", matcher.group(pattern.groups().get("clientip")));
    assertEquals("10/Oct/2026:13:56:01 +0000", matcher.group(pattern.groups().get("timestamp")));
    assertEquals("/products", matcher.group(pattern.groups().get("request")));
    assertEquals("5120", matcher.group(pattern.groups().get("bytes")));
    assertEquals("\"curl/8.5.0\"", matcher.group(pattern.groups().get("agent")));
  }

  @Test
  void aPatternThatDoesNotCompileSaysWhy() {
    assertThrows(IllegalArgumentException.class, () -> LinePattern.of(Format.REGEX, "(?<x>[a-z"));
    assertThrows(IllegalArgumentException.class, () -> LinePattern.of(Format.GROK, "%{NOPE:x}"));
  }
}
