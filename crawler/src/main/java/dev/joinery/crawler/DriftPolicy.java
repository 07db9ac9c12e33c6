package dev.joinery.crawler;

/** What a crawl does when the data no longer matches the table's record or catalog entry (Glue's schema change policy). */
public enum DriftPolicy {
  /** Report the drift; change nothing. */
  LOG,
  /** Report it, rewrite the record source from the data and update the catalog entry. */
  UPDATE,
  /** Report it and fail (a non-zero exit for CI); change nothing. */
  FAIL
}
