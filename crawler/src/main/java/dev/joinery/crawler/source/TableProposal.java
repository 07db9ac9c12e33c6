package dev.joinery.crawler.source;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.crawler.inference.InferredColumn;
import java.util.List;
import java.util.Map;

/**
 * The table a crawl proposes: what its {@code @Table} record says.
 *
 * @param options the reader options, CSV's {@code header} and {@code sep} included (the record
 *     writes those as {@code header} and {@code delimiter})
 * @param notes what the record's Javadoc says about the crawl: the format's clue, the sample, values that did not fit
 * @param connection for a database table, the name of its connection; empty for files
 */
public record TableProposal(String tableName, String packageName, String recordName, String location, Format format,
    Map<String, String> options, List<Column> columns, MalformedRows malformedRows, List<String> notes,
    String connection) {

  public TableProposal {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    columns = List.copyOf(columns);
    notes = List.copyOf(notes);
  }

  /** A column and the record component that holds it. */
  public record Column(String component, InferredColumn data) {
    public boolean isMapped() {
      return !component.equals(data.name());
    }
  }

  /** The record's partition components, outermost first. */
  public List<String> partitionBy() {
    return columns.stream().filter(c -> c.data().partition()).map(Column::component).toList();
  }

  public String qualifiedRecordName() {
    return packageName.isEmpty() ? recordName : packageName + "." + recordName;
  }
}
