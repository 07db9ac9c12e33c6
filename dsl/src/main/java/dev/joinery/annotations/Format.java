package dev.joinery.annotations;

/** How a table's files are stored. */
public enum Format {
  /** Comma-separated (or other delimiter) text; see {@link Table#header()} and {@link Table#delimiter()}. */
  CSV,
  /** One JSON object per line. */
  JSON,
  PARQUET,
  /** Needs {@code spark-avro} on the runtime classpath. */
  AVRO,
  ORC
}
