package dev.joinery.crawler.source;

import dev.joinery.annotations.MalformedRows;
import dev.joinery.crawler.detection.DetectedFormat;
import dev.joinery.crawler.inference.InferredColumn;
import dev.joinery.crawler.inference.InferredSchema;
import dev.joinery.crawler.source.ExistingRecord.RecordColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes the table a crawl proposes from what it detected and inferred, keeping an existing record's names. */
public final class TableProposals {
  private TableProposals() {}

  /**
   * @param existing the table's record if it has one: its package, name and component names stay
   * @param totalFiles how many files the location holds, for the notes
   * @param connection for a database table, its connection's name; empty for files
   */
  public static TableProposal of(String tableName, String packageName, String location, DetectedFormat format,
      InferredSchema schema, ExistingRecord existing, int totalFiles, String connection) {
    Map<String, String> existingNames = new LinkedHashMap<>();
    if (existing != null) {
      for (RecordColumn column : existing.columns()) {
        existingNames.put(column.column(), column.component());
      }
    }
    Set<String> taken = new HashSet<>();
    List<TableProposal.Column> columns = new ArrayList<>();
    for (InferredColumn column : schema.columns()) {
      String component = existingNames.getOrDefault(column.name(), JavaNames.component(column.name()));
      String unique = component;
      for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
        unique = component + n;
      }
      columns.add(new TableProposal.Column(unique, column));
    }
    Map<String, String> options = new LinkedHashMap<>(format.options());
    options.putAll(schema.options());
    List<String> notes = new ArrayList<>();
    notes.add("Format: " + format.reason() + ".");
    if (connection.isEmpty()) {
      notes.add("Sample: " + schema.rowsSampled() + " rows of " + schema.filesSampled() + " of " + totalFiles + " file"
          + (totalFiles == 1 ? "" : "s") + ".");
    }
    for (InferredColumn column : schema.columns()) {
      if (column.misfits() > 0) {
        notes.add(column.misfits() + " sampled values of column " + column.name() + " do not read as "
            + column.sqlType() + " (for example '" + column.misfitExample() + "'): such rows are skipped.");
      }
    }
    return new TableProposal(tableName, existing == null ? packageName : existing.packageName(),
        existing == null ? JavaNames.record(tableName) : existing.recordName(), location, format.format(), options,
        columns, schema.hasMisfits() ? MalformedRows.SKIP : MalformedRows.FAIL, notes, connection);
  }
}
