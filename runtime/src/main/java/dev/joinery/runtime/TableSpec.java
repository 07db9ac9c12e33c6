package dev.joinery.runtime;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * A catalog table as generated code describes it: the {@code @Table} annotation plus the Spark
 * schema of its record.
 *
 * @param schema the columns as the data names them: a component with {@code @Column} under its column's name
 * @param partitionBy partition columns, as the data names them
 * @param options Spark data-source options in declaration order, CSV header and delimiter included
 * @param allowEmpty whether a run may read the table when it has no rows
 * @param description the record's Javadoc, first sentence
 * @param rules the rules on the table's rows that its schema's field metadata cannot carry: row
 *     counts, conditions over several columns, values present in another table
 * @param connection the name of the database connection of a {@link Format#JDBC} table, else empty
 */
public record TableSpec(
    String name,
    Format format,
    String location,
    StructType schema,
    List<String> partitionBy,
    Map<String, String> options,
    MalformedRows malformedRows,
    boolean allowEmpty,
    String description,
    List<TableRule> rules,
    String connection,
    ColumnNames columnNames) {

  public TableSpec {
    columnNames = columnNames == null ? ColumnNames.NONE : columnNames;
    schema = columnNames.stored(schema);
    partitionBy = partitionBy.stream().map(columnNames::columnOf).toList();
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    rules = List.copyOf(rules);
  }

  /**
   * A table of files or of the Iceberg catalog (no connection), with no rules beyond its schema's,
   * whose columns are named as its record's components.
   */
  public TableSpec(String name, Format format, String location, StructType schema, List<String> partitionBy,
      Map<String, String> options, MalformedRows malformedRows, boolean allowEmpty, String description) {
    this(name, format, location, schema, partitionBy, options, malformedRows, allowEmpty, description, List.of(), "",
        ColumnNames.NONE);
  }

  /** Options from alternating keys and values, in order. */
  public static Map<String, String> optionsOf(String... keysAndValues) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      options.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return options;
  }

  /**
   * The options Spark reads the table with: the declared ones, and for CSV quoted fields that may
   * span lines (RFC 4180), unless the table says {@code multiLine=false}. Read line by line, a
   * quoted line break would split one row into two bad ones, or a bad one and a wrong one.
   */
  public Map<String, String> readerOptions() {
    if (format != Format.CSV || options.containsKey("multiLine")) {
      return options;
    }
    Map<String, String> read = new LinkedHashMap<>(options);
    read.put("multiLine", "true");
    return read;
  }

  /** The CSV field separator, as Spark picks it: {@code sep}, else {@code delimiter}, else a comma. */
  public String csvSeparator() {
    return options.getOrDefault("sep", options.getOrDefault("delimiter", ","));
  }

  /** Whether the table's CSV files start with a header line. */
  public boolean csvHeader() {
    return Boolean.parseBoolean(options.getOrDefault("header", "false"));
  }

  /** The Spark data source name for this table's format. */
  public String sparkFormat() {
    return sparkFormat(format);
  }

  /** The Spark data source name for a format. */
  public static String sparkFormat(Format format) {
    switch (format) {
      case ICEBERG:
        return "iceberg";
      case GROK: case REGEX:
        return "text";
      case AVRO:
        // Spark 4.1 bundles the Avro file format in spark-sql without registering its short name.
        return "org.apache.spark.sql.avro.AvroFileFormat";
      default:
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether the table's files are text lines parsed with a pattern (grok or regular expression). */
  public boolean isLines() {
    return format == Format.GROK || format == Format.REGEX;
  }

  /** Whether the table is an Iceberg table of the catalog rather than files at a location. */
  public boolean isIceberg() {
    return format == Format.ICEBERG;
  }

  /** Whether the table is a database table reached through a named connection. */
  public boolean isJdbc() {
    return format == Format.JDBC;
  }

  /** The record's columns that are stored inside the files, that is all but the partition columns. */
  public List<String> fileColumns() {
    return java.util.Arrays.stream(schema.fieldNames()).filter(c -> !partitionBy.contains(c)).toList();
  }
}
