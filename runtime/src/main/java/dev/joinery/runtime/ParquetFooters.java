package dev.joinery.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The footers of a run's Parquet input files, each read once: the schema check and the row count
 * both need them, and a footer of a big file takes milliseconds to parse.
 */
final class ParquetFooters {
  private static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private final Configuration conf;
  private final Map<Path, ParquetMetadata> footers = new ConcurrentHashMap<>();

  ParquetFooters(Configuration conf) {
    this.conf = conf;
  }

  /** The rows the file holds, from its row groups. */
  long rows(Path file) {
    return footer(file).getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum();
  }

  /**
   * Of {@code columns}, those no file can hold a null in: required in the file's schema, or with
   * a null count of zero in every row group's statistics.
   */
  Set<String> nullFreeColumns(List<Path> files, List<String> columns) {
    Set<String> free = new HashSet<>(columns);
    for (Path file : files) {
      ParquetMetadata footer = footer(file);
      MessageType schema = footer.getFileMetaData().getSchema();
      free.removeIf(column -> !schema.containsField(column) || !nullFree(footer, schema, column));
    }
    return free;
  }

  private static boolean nullFree(ParquetMetadata footer, MessageType schema, String column) {
    Type type = schema.getType(column);
    if (type.isRepetition(Type.Repetition.REQUIRED)) {
      return true;
    }
    if (!type.isPrimitive()) {
      return false;
    }
    for (BlockMetaData block : footer.getBlocks()) {
      boolean counted = block.getColumns().stream()
          .filter(c -> c.getPath().size() == 1 && c.getPath().toArray()[0].equals(column))
          .anyMatch(c -> c.getStatistics() != null && c.getStatistics().isNumNullsSet()
              && c.getStatistics().getNumNulls() == 0);
      if (!counted) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Spark schema Spark wrote into the file's footer, or null for files written by other tools
   * or that cannot be read (Spark's own reader then says what is wrong with them).
   */
  StructType sparkSchema(Path file) {
    try {
      String json = footer(file).getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA_KEY);
      return json == null ? null : (StructType) DataType.fromJson(json);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private ParquetMetadata footer(Path file) {
    return footers.computeIfAbsent(file, f -> {
      try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(f, conf))) {
        return reader.getFooter();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the Parquet footer of " + f + ": " + e.getMessage(), e);
      }
    });
  }
}
