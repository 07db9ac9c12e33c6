package dev.joinery.runtime;

import static org.apache.spark.sql.functions.lit;

import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.runtime.jdbc.JdbcSink;
import dev.joinery.runtime.jdbc.JdbcSource;
import dev.joinery.runtime.jdbc.JdbcTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * A run's database tables ({@code @Table(format = JDBC)}): each resolved once, with its connection
 * from the catalog and its credentials from the environment or the secrets file; sources checked and
 * counted before the run, sinks staged and committed with the run's other outputs.
 */
final class JdbcTables {
  private final RunOptions options;
  private final ConnectionSecrets secrets = ConnectionSecrets.ofProcess();
  private final Map<String, JdbcSource> sources = new LinkedHashMap<>();
  private final Map<String, JdbcSink> sinks = new LinkedHashMap<>();
  private final List<JdbcSink> staged = new ArrayList<>();

  JdbcTables(RunOptions options) {
    this.options = options;
  }

  /** The source's rows, after checking that its columns fit the record. */
  long rowsOf(TableSpec table) {
    return source(table).rows();
  }

  /**
   * The source's rows, unchecked; removes from {@code checked} the columns the database declares
   * {@code NOT NULL} (no null can come from there) that are not enums (whose values are checked).
   */
  RawRows read(SparkSession spark, TableSpec table, Set<String> checked) {
    JdbcSource source = source(table);
    for (String column : source.notNullColumns()) {
      if (!table.schema().apply(column).metadata().contains(RowChecks.ENUM_METADATA)) {
        checked.remove(column);
      }
    }
    return new RawRows(source.read(spark), lit(source.table().toString()), lit(""), List.of());
  }

  /** Creates the sink's table if missing and checks its columns; returns what was repaired or created. */
  List<String> prepare(SparkSession spark, SinkSpec sink, String runId) {
    List<String> done = new ArrayList<>();
    sinks.put(sink.table().name(), JdbcSink.prepare(spark, sink, tableOf(sink.table()), runId, done));
    done.replaceAll(line -> "Table " + sink.table().name() + ": " + line);
    return done;
  }

  boolean hasRows(TableSpec table) {
    return sinks.get(table.name()).hasRows();
  }

  /** Stages a sink's rows (an action); its table changes at {@link #commit}. */
  void stage(SinkSpec sink, org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows) {
    JdbcSink write = sinks.get(sink.table().name());
    staged.add(write);
    write.stage(rows);
  }

  /** Commits each staged sink in a transaction of its own; returns the tables committed. */
  List<String> commit(java.io.PrintStream out) {
    List<String> committed = new ArrayList<>();
    for (JdbcSink sink : staged) {
      long start = System.nanoTime();
      sink.commit();
      committed.add(sink.sink().table().name());
      out.printf("  committed %s in one transaction (%.1f s)%n", sink.sink().table().name(),
          (System.nanoTime() - start) / 1e9);
    }
    return committed;
  }

  void abort() {
    staged.forEach(JdbcSink::abort);
  }

  /** How the run report names the table: its database table and connection, never a credential. */
  String describe(TableSpec table) {
    return options.databaseTableOf(table) + " of connection " + table.connection();
  }

  private JdbcSource source(TableSpec table) {
    return sources.computeIfAbsent(table.name(), name -> JdbcSource.open(table, tableOf(table)));
  }

  private JdbcTable tableOf(TableSpec table) {
    return JdbcTable.open(options.catalog(), options.baseDir(), table.connection(), options.databaseTableOf(table),
        secrets);
  }
}
