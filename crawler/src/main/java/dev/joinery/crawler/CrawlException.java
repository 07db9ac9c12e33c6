package dev.joinery.crawler;

/** A location the crawler cannot make a table of, with what to do about it. */
public final class CrawlException extends RuntimeException {
  public CrawlException(String message) {
    super(message);
  }
}
