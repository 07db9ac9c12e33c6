package dev.joinery.cli;

import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.annotations.Format;
import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.catalog.TableEntry;
import dev.joinery.runtime.CatalogEntries;
import dev.joinery.runtime.TableSpec;
import dev.joinery.runtime.jdbc.JdbcTable;
import dev.joinery.runtime.iceberg.IcebergCatalogs;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code joinery sql}: Spark SQL over every catalog table by its name. File tables are declared in
 * the session's own catalog over their locations; Iceberg tables appear there as views of the
 * project's Iceberg catalog ({@code joinery.db.table}), pinned to a time with {@code --as-of}.
 */
@Command(name = "sql", description = "Runs Spark SQL over the catalog's tables, each by its name (database.table).")
final class SqlCommand implements Callable<Integer> {
  private static final DateTimeFormatter SPARK_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  @Mixin ProjectCatalog project;

  @Parameters(paramLabel = "QUERY", description = "A Spark SQL query, for example \"SELECT * FROM curated.daily_revenue\"."
      + " Time travel on one table: joinery.curated.daily_revenue VERSION AS OF <snapshot>.")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), csv or json (one object per line).")
  String format;

  @Option(names = "--as-of", paramLabel = "TIME",
      description = "Read every Iceberg table as it was at TIME (ISO-8601, for example 2026-12-01T10:00:00Z).")
  Instant asOf;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Print at most N rows (default 1000).")
  int limit;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default: local[*]).")
  String master;

  @Override
  public Integer call() throws Exception {
    if (!List.of("table", "csv", "json").contains(format)) {
      System.err.println("--format must be table, csv or json, not '" + format + "'.");
      return 2;
    }
    JoineryCatalog catalog = project.open();
    try (CommandSession command = new CommandSession("joinery-sql", master, Map.of())) {
      SparkSession session = IcebergCatalogs.session(command.spark(), project.location());
      session.conf().set("spark.sql.datetime.java8API.enabled", "true");
      for (TableEntry table : catalog.tables()) {
        declare(session, table);
      }
      Dataset<Row> result = session.sql(query);
      print(result, System.out);
    } catch (Exception e) {
      // Spark's AnalysisException is checked in Java but undeclared by Scala.
      if (!(e instanceof org.apache.spark.sql.AnalysisException)) {
        throw e;
      }
      System.err.println("Query failed: " + e.getMessage().lines().findFirst().orElse(""));
      return 1;
    }
    return 0;
  }

  /**
   * A database table, declared only when the query names it: declaring it connects to the database,
   * and a database that is down must not fail queries of other tables. Its credentials stay in the
   * session's table options, which Spark redacts wherever it shows them.
   */
  private void declareDatabaseTable(SparkSession session, TableEntry table, String name) {
    if (!query.toLowerCase(java.util.Locale.ROOT).contains(table.name().toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    JdbcTable source = JdbcTable.open(project.location(), project.baseDir,
        table.options().get(CatalogEntries.CONNECTION_OPTION), table.options().get(CatalogEntries.TABLE_OPTION),
        ConnectionSecrets.ofProcess());
    List<String> options = new ArrayList<>();
    source.sparkOptions(source.table()).forEach((k, v) -> options.add(literal(k) + " " + literal(v)));
    session.sql("DROP TABLE IF EXISTS " + name);
    session.sql("CREATE TABLE " + name + " USING jdbc OPTIONS (" + String.join(", ", options) + ")");
  }

  private void declare(SparkSession session, TableEntry table) {
    String database = quote(table.database());
    String name = database + "." + quote(table.name().substring(table.name().lastIndexOf('.') + 1));
    String icebergName = IcebergCatalogs.NAME + "." + name;
    session.sql("CREATE DATABASE IF NOT EXISTS " + database);
    if (table.format().equals("JDBC")) {
      declareDatabaseTable(session, table, name);
      return;
    }
    if (table.format().equals("ICEBERG")) {
      if (!session.catalog().tableExists(IcebergCatalogs.sparkName(table.name()))) {
        return; // registered, never written
      }
      String travel = asOf == null ? "" : " TIMESTAMP AS OF '" + SPARK_TIMESTAMP.format(asOf) + "'";
      session.sql("CREATE OR REPLACE VIEW " + name + " AS SELECT * FROM " + icebergName + travel);
      return;
    }
    if (table.format().equals("GROK") || table.format().equals("REGEX")) {
      // Spark SQL has no reader that cuts lines with a pattern; jobs read these tables.
      System.err.println("Table " + table.name() + " (" + table.format() + ") is left out: only jobs read log tables.");
      return;
    }
    String columns = table.columns().stream().map(c -> quote(c.name()) + " " + c.type())
        .collect(Collectors.joining(", "));
    List<String> options = new ArrayList<>();
    table.options().forEach((k, v) -> options.add(literal(k) + " " + literal(v)));
    session.sql("DROP TABLE IF EXISTS " + name);
    session.sql("CREATE TABLE " + name + " (" + columns + ") USING " + TableSpec.sparkFormat(Format.valueOf(table.format()))
        + (options.isEmpty() ? "" : " OPTIONS (" + String.join(", ", options) + ")")
        + (table.partitionBy().isEmpty() ? "" : " PARTITIONED BY (" + table.partitionBy().stream()
            .map(SqlCommand::quote).collect(Collectors.joining(", ")) + ")")
        + " LOCATION " + literal(table.location()));
    if (!table.partitionBy().isEmpty()) {
      session.sql("ALTER TABLE " + name + " RECOVER PARTITIONS");
    }
  }

  private void print(Dataset<Row> result, PrintStream out) {
    if (format.equals("json")) {
      result.toJSON().limit(limit).collectAsList().forEach(out::println);
      return;
    }
    List<String> header = List.of(result.columns());
    List<List<String>> rows = new ArrayList<>();
    for (Row row : result.limit(limit).collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        cells.add(row.isNullAt(i) ? (format.equals("csv") ? "" : "NULL") : String.valueOf(row.get(i)));
      }
      rows.add(cells);
    }
    if (format.equals("csv")) {
      out.println(header.stream().map(SqlCommand::csv).collect(Collectors.joining(",")));
      rows.forEach(r -> out.println(r.stream().map(SqlCommand::csv).collect(Collectors.joining(","))));
    } else {
      Tables.print(out, header, rows);
      out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
    }
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
