package dev.joinery.crawler.detection;

import dev.joinery.annotations.Format;
import dev.joinery.runtime.LinePattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A classifier for log lines: a grok pattern or a Java regular expression with named groups,
 * each named capture a column. Lines it matches become a {@link Format#GROK} or {@link
 * Format#REGEX} table that reads them through the same pattern.
 */
public record Classifier(String name, Format format, String pattern) {
  /** The built-in log classifiers, tried (after the user's) on text that is neither JSON nor XML. */
  public static final List<Classifier> BUILT_IN = List.of(
      new Classifier("apache-combined", Format.GROK, "%{COMBINEDAPACHELOG}"),
      new Classifier("apache-common", Format.GROK, "%{COMMONAPACHELOG}"),
      new Classifier("syslog", Format.GROK, "%{SYSLOGLINE}"));

  private static final Map<String, Classifier> BY_NAME = Map.of(
      "apache-combined", BUILT_IN.get(0), "apache-common", BUILT_IN.get(1), "syslog", BUILT_IN.get(2));

  /**
   * A classifier as the command line names it: {@code grok:%{COMBINEDAPACHELOG}}, {@code
   * regex:(?<ip>\S+) ...}, or a built-in's name ({@code apache-combined}, {@code apache-common},
   * {@code syslog}).
   */
  public static Classifier parse(String spec) {
    int colon = spec.indexOf(':');
    String kind = colon < 0 ? "" : spec.substring(0, colon).toLowerCase(Locale.ROOT);
    if (kind.equals("grok") || kind.equals("regex")) {
      Format format = kind.equals("grok") ? Format.GROK : Format.REGEX;
      String pattern = spec.substring(colon + 1);
      try {
        LinePattern.of(format, pattern);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Classifier " + spec + " does not compile: " + e.getMessage(), e);
      }
      return new Classifier(spec, format, pattern);
    }
    Classifier builtIn = BY_NAME.get(spec);
    if (builtIn == null) {
      throw new IllegalArgumentException("Unknown classifier '" + spec + "': give grok:PATTERN, regex:PATTERN or one of "
          + new java.util.TreeSet<>(BY_NAME.keySet()) + ".");
    }
    return builtIn;
  }

  /** The compiled pattern: the regular expression Spark runs, and its named groups. */
  public LinePattern compiled() {
    return LinePattern.of(format, pattern);
  }

  /** Whether every one of {@code lines} matches (the classifier's certainty is all or nothing, as Glue's). */
  boolean matchesAll(List<String> lines) {
    Pattern regex = Pattern.compile(compiled().regex());
    return !lines.isEmpty() && lines.stream().allMatch(line -> regex.matcher(line).find());
  }
}
