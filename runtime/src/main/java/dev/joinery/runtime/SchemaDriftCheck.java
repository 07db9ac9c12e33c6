package dev.joinery.runtime;

import dev.joinery.annotations.Format;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares each input file's own idea of its columns with the table's record before anything is
 * read: the header line of a CSV file, the embedded schema of a Parquet, ORC or Avro file. JSON
 * files carry no schema; their missing columns show up as nulls that {@link RowChecks} reports.
 */
final class SchemaDriftCheck {
  /** Files beyond this many are trusted to agree with the first ones; reading every footer of a big table costs more than it finds. */
  private static final int MAX_FILES_CHECKED = 64;

  private final SparkSession spark;
  private final ParquetFooters footers;

  SchemaDriftCheck(SparkSession spark, ParquetFooters footers) {
    this.spark = spark;
    this.footers = footers;
  }

  void check(TableSpec table, List<Path> files) {
    if (table.format() == Format.JSON || table.format() == Format.XML || table.isLines()) {
      return;
    }
    List<Path> checked = files.subList(0, Math.min(files.size(), MAX_FILES_CHECKED));
    if (table.format() == Format.CSV) {
      if (table.csvHeader()) {
        checked.forEach(file -> checkCsvHeader(table, file));
      }
      return;
    }
    // Footers are independent small reads; reading them side by side halves the wait on two cores.
    List<JoineryDataException> drifts = checked.parallelStream()
        .map(file -> {
          try {
            checkEmbeddedSchema(table, file);
            return null;
          } catch (JoineryDataException e) {
            return e;
          }
        })
        .filter(java.util.Objects::nonNull)
        .toList();
    if (!drifts.isEmpty()) {
      throw drifts.get(0); // the first file in path order, whatever thread found it
    }
  }

  private void checkCsvHeader(TableSpec table, Path file) {
    List<String> header = new ArrayList<>();
    for (String name : firstLine(file).split(Pattern.quote(table.csvSeparator()), -1)) {
      header.add(unquote(name.strip()));
    }
    List<String> expected = table.fileColumns();
    for (int i = 0; i < expected.size(); i++) {
      String column = expected.get(i);
      if (!header.contains(column)) {
        throw drift(table, file, column, "has no column " + column + " (its header is " + header
            + "; the record expects " + expected + ")");
      }
      if (i >= header.size() || !header.get(i).equals(column)) {
        throw drift(table, file, column, "has column " + column + " at position " + (header.indexOf(column) + 1)
            + " but the record expects it at position " + (i + 1)
            + "; CSV columns are read by position, so reorder the record's components to " + header);
      }
    }
    if (header.size() > expected.size()) {
      String extra = header.get(expected.size());
      throw drift(table, file, extra, "has column " + extra + " that the record does not declare (header "
          + header + ", record " + expected + "); add a component for it to the record");
    }
  }

  private void checkEmbeddedSchema(TableSpec table, Path file) {
    StructType actual = table.format() == Format.PARQUET ? footers.sparkSchema(file) : null;
    if (actual == null) {
      actual = spark.read().format(table.sparkFormat()).load(file.toString()).schema();
    }
    for (StructField field : table.schema().fields()) {
      if (table.partitionBy().contains(field.name())) {
        continue;
      }
      StructField found = find(actual, field.name());
      if (found == null) {
        throw drift(table, file, field.name(), "has no column " + field.name() + " (the file has "
            + List.of(actual.fieldNames()) + ")");
      }
      if (!sameType(found.dataType(), field.dataType())) {
        throw drift(table, file, field.name(), "stores column " + field.name() + " as "
            + found.dataType().simpleString() + " but the record declares "
            + field.dataType().simpleString() + "; change the component's type or rewrite the file");
      }
    }
  }

  private static StructField find(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static boolean sameType(DataType actual, DataType expected) {
    // Files written by other tools often mark every column nullable; the row checks catch actual nulls.
    return DataType.equalsIgnoreCaseAndNullability(actual, expected);
  }

  private static JoineryDataException drift(TableSpec table, Path file, String column, String what) {
    return new JoineryDataException(table.name(), file.toString(), column,
        "Table " + table.name() + ": file " + file + " " + what + ".");
  }

  private String firstLine(Path file) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        file.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(file), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      // A byte order mark some editors put first is not part of the first column's name.
      return line == null ? "" : line.startsWith("\uFEFF") ? line.substring(1) : line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
