package dev.joinery.review.compare;

/** How a change hits the people downstream, from least to most. */
public enum Severity {
  /** Nothing downstream reads differently: an added column, table or job, a description. */
  NON_BREAKING("non-breaking"),
  /** Some columns change or vanish: only their downstream readers are hit. */
  PARTIALLY_BREAKING("partially breaking"),
  /** Which rows flow changes (filter, join, grouping, dedup), or a table stops being written. */
  BREAKING("breaking");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses the command line's spelling: {@code breaking}, {@code partially-breaking}, {@code non-breaking}. */
  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
