package dev.joinery.runtime;

import dev.joinery.catalog.JobEntry;
import dev.joinery.catalog.TableEntry;
import dev.joinery.catalog.TableEntry.ColumnEntry;
import java.util.Arrays;
import java.util.List;

/** A compiled job and its tables as the catalog records them. */
public final class CatalogEntries {
  /** In a database table's catalog entry, the options naming its connection and its table in the database. */
  public static final String CONNECTION_OPTION = "connection";
  public static final String TABLE_OPTION = "table";

  private CatalogEntries() {}

  static JobEntry job(JoineryJob job) {
    return new JobEntry(job.name(), job.description(), job.schedule(),
        job.sources().stream().map(TableSpec::name).toList(),
        job.sinks().stream().map(s -> s.table().name()).toList());
  }

  /** @param writerJob the job that writes the table, or null if this job only reads it */
  static TableEntry table(TableSpec table, String location, String writerJob) {
    List<ColumnEntry> columns = Arrays.stream(table.schema().fields())
        .map(f -> new ColumnEntry(f.name(), f.dataType().catalogString(), f.nullable()))
        .toList();
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>(table.options());
    if (table.isJdbc()) {
      // The connection's name and the database table: the catalog never holds a secret.
      options.put(CONNECTION_OPTION, table.connection());
      options.put(TABLE_OPTION, table.location());
    }
    return new TableEntry(table.name(), location, table.format().name(), options, table.partitionBy(),
        table.description(), columns, writerJob);
  }
}
