package dev.joinery.crawler.inference;

import java.util.List;
import java.util.Map;

/**
 * The schema a sample of a data set suggests.
 *
 * @param columns the columns in the files' order, partition columns last (as Spark reads them)
 * @param options reader options the values need, such as {@code dateFormat=dd/MM/yyyy}
 * @param filesSampled how many of the location's files were read
 * @param rowsSampled how many rows were looked at
 */
public record InferredSchema(List<InferredColumn> columns, Map<String, String> options, int filesSampled,
    long rowsSampled) {

  public InferredSchema {
    columns = List.copyOf(columns);
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }

  /** Whether some sampled values do not fit their column's type: the table should skip such rows. */
  public boolean hasMisfits() {
    return columns.stream().anyMatch(c -> c.misfits() > 0);
  }
}
