package dev.joinery.annotations;

/** How a table's data is stored. */
public enum Format {
  /**
   * The project's default: {@link #ICEBERG} unless the build sets the processor option
   * {@code -Ajoinery.defaultFormat=...}. Tables that say nothing get it.
   */
  DEFAULT,
  /**
   * An Apache Iceberg table in the project's catalog: every run commits a new snapshot atomically,
   * earlier snapshots stay readable (time travel, rollback) until they expire.
   */
  ICEBERG,
  /** Comma-separated (or other delimiter) text; see {@link Table#header()} and {@link Table#delimiter()}. */
  CSV,
  /** One JSON object per line. */
  JSON,
  PARQUET,
  /** Spark's built-in Avro file format. */
  AVRO,
  ORC,
  /**
   * A table of a relational database reached through JDBC: {@link Table#connection()} names the connection,
   * {@link Table#location()} the table. Reads push filters and column pruning into the database; writes go
   * to a staging table and reach the table in one transaction.
   */
  JDBC,
  /**
   * Text lines parsed with a grok pattern, given as the option {@code pattern}, for example
   * {@code options = "pattern=%{COMBINEDAPACHELOG}"}; each component reads the capture of its
   * column's name. Lines the pattern does not match are malformed rows.
   */
  GROK,
  /**
   * Text lines parsed with a Java regular expression with named groups, given as the option
   * {@code pattern}; each component reads the group of its column's name. Lines the pattern does
   * not match are malformed rows.
   */
  REGEX,
  /** XML documents, one row per element named by the option {@code rowTag} (Spark's built-in XML source). */
  XML
}
