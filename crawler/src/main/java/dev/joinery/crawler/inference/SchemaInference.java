package dev.joinery.crawler.inference;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;

import dev.joinery.annotations.Format;
import dev.joinery.crawler.DataFolder;
import dev.joinery.crawler.detection.DetectedFormat;
import dev.joinery.runtime.LinePattern;
import dev.joinery.runtime.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Infers a data set's schema with Spark's own readers, on a bounded sample: at most {@code
 * maxFiles} files spread over the location and, for text formats, their first {@code maxRows}
 * rows. Binary formats (Parquet, ORC, Avro) carry their types; text values get theirs from {@link
 * TextTypes}. Partition folders become partition columns typed as Spark types them.
 */
public final class SchemaInference {
  /** How many JSON lines are read for the order of their fields. */
  private static final int FIELD_ORDER_LINES = 100;

  private final SparkSession spark;
  private final int maxFiles;
  private final int maxRows;
  private final Consumer<String> progress;

  public SchemaInference(SparkSession spark, int maxFiles, int maxRows, Consumer<String> progress) {
    this.spark = spark;
    this.maxFiles = maxFiles;
    this.maxRows = maxRows;
    this.progress = progress;
  }

  public InferredSchema infer(DataFolder folder, DetectedFormat format) {
    List<Path> sample = folder.sample(maxFiles);
    if (sample.size() < folder.files().size()) {
      progress.accept("sampling " + sample.size() + " of " + folder.files().size() + " files, at most " + maxRows
          + " rows");
    }
    String[] paths = sample.stream().map(Path::toString).toArray(String[]::new);
    Map<String, String> options = new LinkedHashMap<>();
    Sample read = read(format, folder.location(), paths, folder.partitionColumns());
    Dataset<Row> rows = read.rows().limit(maxRows).cache();
    try {
      long rowCount = rows.count();
      progress.accept("read " + rowCount + " rows from " + sample.size() + " file" + (sample.size() == 1 ? "" : "s"));
      List<String> text = new ArrayList<>();
      for (StructField field : rows.schema().fields()) {
        if (!folder.partitionColumns().contains(field.name()) && field.dataType() instanceof StringType) {
          text.add(field.name());
        }
      }
      Map<String, InferredColumn> fromText = new LinkedHashMap<>();
      TextTypes.infer(rows, text, options).forEach(c -> fromText.put(c.name(), c));
      // A file's own bigint is a bigint; a JSON or XML number is one only because the reader says so.
      boolean binary = format.format() == Format.PARQUET || format.format() == Format.ORC
          || format.format() == Format.AVRO;
      Nulls nulls = nulls(rows, !binary);
      List<InferredColumn> columns = new ArrayList<>();
      for (StructField field : rows.schema().fields()) {
        if (!folder.partitionColumns().contains(field.name())) {
          columns.add(fromText.getOrDefault(field.name(),
              new InferredColumn(field.name(), field.dataType(), nulls.nullable().get(field.name()), 0, null, false,
                  nulls.fitsInt().getOrDefault(field.name(), false))));
        }
      }
      for (StructField partition : read.partitions()) {
        columns.add(new InferredColumn(partition.name(), wider(partition.dataType()), false, 0, null, true));
      }
      return new InferredSchema(columns, options, sample.size(), rowCount);
    } finally {
      rows.unpersist();
    }
  }

  /** The sampled rows, and the partition columns with the types Spark gives their folders' values. */
  private record Sample(Dataset<Row> rows, List<StructField> partitions) {}

  /** The sample as Spark reads it: every column as text for CSV and log lines, as each reader types it otherwise. */
  private Sample read(DetectedFormat format, String location, String[] paths, List<String> partitionColumns) {
    Format f = format.format();
    if (f == Format.CSV || f == Format.JSON && !"true".equals(format.options().get("multiLine")) || isLines(f)) {
      // Text: the first rows of the sampled files, so a huge file costs no more than a small one.
      Dataset<Row> lines = spark.read().option("basePath", location).text(paths);
      Dataset<String> head = lines.select("value").limit(maxRows).as(Encoders.STRING());
      Dataset<Row> values;
      if (f == Format.CSV) {
        values = spark.read().options(format.options()).csv(head);
      } else if (f == Format.JSON) {
        values = inFirstSeenOrder(spark.read().json(head), head);
      } else {
        values = cut(head, LinePattern.of(f, format.options().get(LinePattern.OPTION)));
      }
      return new Sample(values, partitionFields(lines.schema(), "value"));
    }
    // Binary formats: the files carry their types, and Spark adds the partition columns itself.
    Dataset<Row> rows = spark.read().format(TableSpec.sparkFormat(f)).options(format.options())
        .option("basePath", location).load(paths);
    List<StructField> partitions = new ArrayList<>();
    for (StructField field : rows.schema().fields()) {
      if (partitionColumns.contains(field.name())) {
        partitions.add(field);
      }
    }
    return new Sample(rows, partitions);
  }

  /**
   * JSON columns in the order the objects write them (Spark's inference sorts them by name), so
   * the record reads as the data does: the fields of the first object, then any that later ones add.
   */
  private Dataset<Row> inFirstSeenOrder(Dataset<Row> values, Dataset<String> lines) {
    java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : lines.limit(FIELD_ORDER_LINES).collectAsList()) {
      try {
        json.readTree(line).fieldNames().forEachRemaining(order::add);
      } catch (java.io.IOException | RuntimeException e) {
        // a line that is no object adds no names; the reader will say what is wrong with it
      }
    }
    order.addAll(List.of(values.columns()));
    order.retainAll(List.of(values.columns()));
    return values.select(order.stream().map(c -> col(TextTypes.quoted(c))).toArray(Column[]::new));
  }

  private static List<StructField> partitionFields(StructType schema, String except) {
    List<StructField> partitions = new ArrayList<>();
    for (StructField field : schema.fields()) {
      if (!field.name().equals(except)) {
        partitions.add(field);
      }
    }
    return partitions;
  }

  /** Log lines cut into their named captures, as a GROK or REGEX table's read will cut them. */
  private static Dataset<Row> cut(Dataset<String> lines, LinePattern pattern) {
    List<Column> fields = new ArrayList<>();
    pattern.groups().forEach((name, group) -> {
      Column extracted = regexp_extract(col("value"), pattern.regex(), group);
      fields.add(when(extracted.notEqual(""), extracted).as(name));
    });
    return lines.toDF().filter(col("value").rlike(pattern.regex())).select(fields.toArray(Column[]::new));
  }

  private static boolean isLines(Format format) {
    return format == Format.GROK || format == Format.REGEX;
  }

  /**
   * What one pass over the sample says of each column: whether it has a null, and for a bigint
   * whether every value would fit an int (JSON and XML numbers come as bigint).
   */
  private record Nulls(Map<String, Boolean> nullable, Map<String, Boolean> fitsInt) {}

  private static Nulls nulls(Dataset<Row> rows, boolean checkInts) {
    List<Column> measures = new ArrayList<>();
    List<String> longs = new ArrayList<>();
    for (StructField field : rows.schema().fields()) {
      Column value = col(TextTypes.quoted(field.name()));
      measures.add(count(when(value.isNull(), 1)));
      if (checkInts && field.dataType() instanceof org.apache.spark.sql.types.LongType) {
        longs.add(field.name());
        measures.add(count(when(value.lt(Integer.MIN_VALUE).or(value.gt(Integer.MAX_VALUE)), 1)));
      }
    }
    Map<String, Boolean> nullable = new LinkedHashMap<>();
    Map<String, Boolean> fitsInt = new LinkedHashMap<>();
    if (measures.isEmpty()) {
      return new Nulls(nullable, fitsInt);
    }
    Row row = rows.agg(measures.get(0), measures.subList(1, measures.size()).toArray(Column[]::new)).first();
    int at = 0;
    for (StructField field : rows.schema().fields()) {
      nullable.put(field.name(), row.getLong(at++) > 0);
      if (longs.contains(field.name())) {
        fitsInt.put(field.name(), row.getLong(at++) == 0);
      }
    }
    return new Nulls(nullable, fitsInt);
  }

  /** Partition values that are integers as bigint, whatever width the sample needed (see {@link TextTypes}). */
  private static DataType wider(DataType type) {
    return type instanceof IntegerType || type instanceof ShortType || type instanceof ByteType
        ? DataTypes.LongType : type;
  }
}
