package dev.joinery.crawler.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@code @Table} record already in the sources, as far as a crawl compares it with the data.
 *
 * @param file the source file that declares it
 * @param columns its columns, in order, by their names in the data
 * @param partitionBy its partition components
 */
public record ExistingRecord(Path file, String packageName, String recordName, String tableName,
    List<RecordColumn> columns, List<String> partitionBy) {

  /**
   * @param sqlType the Spark SQL type Joinery reads the component as ({@code bigint}, {@code
   *     decimal(10,2)}); an enum is {@code string}, a record {@code struct}
   */
  public record RecordColumn(String component, String column, String sqlType, boolean nullable) {}
}
