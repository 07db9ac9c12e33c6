package dev.joinery.crawler.detection;

import dev.joinery.annotations.Format;
import java.util.Map;

/**
 * A format found by reading a file's first bytes, with the options a reader needs.
 *
 * @param options Spark data-source options: {@code sep} and {@code header} for CSV, {@code
 *     multiLine} for JSON, {@code rowTag} for XML, {@code pattern} for GROK and REGEX
 * @param classifier the log classifier that matched, for GROK and REGEX
 * @param reason what gave it away, for the crawl's report
 */
public record DetectedFormat(Format format, Map<String, String> options, Classifier classifier, String reason) {
  public DetectedFormat {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }
}
