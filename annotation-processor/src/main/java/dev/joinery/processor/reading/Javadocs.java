package dev.joinery.processor.reading;

/** Javadoc text as generated code comments and diagrams show it. */
public final class Javadocs {
  private Javadocs() {}

  /** The first sentence of a Javadoc comment, on one line; empty for none. */
  public static String firstSentence(String javadoc) {
    if (javadoc == null) {
      return "";
    }
    String text = javadoc.strip().replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
