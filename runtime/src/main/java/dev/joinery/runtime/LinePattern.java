package dev.joinery.runtime;

import dev.joinery.annotations.Format;
import io.krakens.grok.api.Grok;
import io.krakens.grok.api.GrokCompiler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@link Format#GROK} or {@link Format#REGEX} table's pattern as one Java regular expression and
 * the number of the group that holds each named field, so Spark's {@code regexp_extract} can cut
 * the fields out of a line inside its generated code. Grok patterns expand through java-grok's
 * standard pattern set.
 *
 * @param groups field name to group number, in the pattern's order
 */
public record LinePattern(String regex, Map<String, Integer> groups) {
  /** The option that holds the pattern. */
  public static final String OPTION = "pattern";
  private static final GrokCompiler COMPILER = compiler();

  public LinePattern {
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /**
   * @throws IllegalArgumentException when the pattern does not compile, with java-grok's or the
   *     regex engine's reason
   */
  public static LinePattern of(Format format, String pattern) {
    if (format == Format.GROK) {
      return grok(pattern);
    }
    Pattern.compile(pattern); // throws PatternSyntaxException, an IllegalArgumentException, with the reason
    Map<String, Integer> groups = new LinkedHashMap<>();
    numberedGroups(pattern).forEach((name, number) -> groups.put(name, number));
    return new LinePattern(pattern, groups);
  }

  private static LinePattern grok(String pattern) {
    Grok grok = COMPILER.compile(pattern, true);
    String regex = grok.getNamedRegex();
    Pattern.compile(regex);
    Map<String, String> fieldOfGroup = grok.getNamedRegexCollection();
    Map<String, Integer> groups = new LinkedHashMap<>();
    numberedGroups(regex).forEach((group, number) -> {
      String field = fieldOfGroup.get(group);
      if (field != null && !field.equals("UNWANTED") && grok.namedGroups.contains(group)) {
        groups.putIfAbsent(field, number);
      }
    });
    return new LinePattern(regex, groups);
  }

  /** A grok compiler with the standard patterns (Logstash's, as java-grok ships them), syslog's included. */
  public static GrokCompiler compiler() {
    GrokCompiler compiler = GrokCompiler.newInstance();
    compiler.registerDefaultPatterns();
    try {
      compiler.registerPatternFromClasspath("/patterns/linux-syslog");
    } catch (io.krakens.grok.api.exception.GrokException e) {
      throw new IllegalStateException("java-grok's syslog patterns are missing from its jar", e);
    }
    return compiler;
  }

  /**
   * The number of each named group of a Java regular expression: capturing groups count from 1 in
   * the order their parentheses open, named or not. (Java 17's {@code Pattern} does not say.)
   */
  static Map<String, Integer> numberedGroups(String regex) {
    Map<String, Integer> named = new LinkedHashMap<>();
    int number = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? regex.length() : end + 1;
        } else {
          i++;
        }
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // a ']' first in a class is a literal
        }
      } else if (c == '(') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) != '?') {
          number++;
        } else if (regex.startsWith("?<", i + 1) && i + 3 < regex.length()
            && Character.isLetter(regex.charAt(i + 3))) {
          number++;
          int end = regex.indexOf('>', i + 3);
          named.putIfAbsent(regex.substring(i + 3, end), number);
        }
      }
    }
    return named;
  }
}
