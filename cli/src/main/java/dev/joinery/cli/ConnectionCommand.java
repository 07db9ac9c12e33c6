package dev.joinery.cli;

import dev.joinery.catalog.CatalogException;
import dev.joinery.catalog.ConnectionEntry;
import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.catalog.Connections;
import dev.joinery.runtime.jdbc.JdbcColumn;
import dev.joinery.runtime.jdbc.JdbcTable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code joinery connection add|list|test|remove}: the project's named database connections. The
 * catalog holds URL, driver and properties that are not secret; credentials stay in the environment
 * or the secrets file, and nothing here prints them.
 */
@Command(name = "connection", description = "Declares, lists and tests the database connections JDBC tables name.",
    subcommands = {ConnectionCommand.Add.class, ConnectionCommand.ListConnections.class, ConnectionCommand.Test.class,
        ConnectionCommand.Remove.class})
final class ConnectionCommand {

  @Command(name = "add", description = "Adds a connection, or replaces the one of the same name. Credentials are not"
      + " taken here: set JOINERY_CONNECTION_<NAME>_USER/_PASSWORD, or <name>.user/<name>.password in"
      + " ~/.joinery/secrets.properties ($JOINERY_SECRETS_FILE).")
  static final class Add implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(index = "0", paramLabel = "NAME", description = "The name @Table(connection = ...) uses.")
    String name;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The JDBC URL, without a password.")
    String url;

    @Option(names = "--driver", paramLabel = "CLASS", defaultValue = "",
        description = "The JDBC driver class, if the URL does not select it.")
    String driver;

    @Option(names = "--property", paramLabel = "KEY=VALUE", description = "A driver property that is not secret"
        + " (sslmode=require, user=etl).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() {
      ConnectionEntry entry;
      try {
        entry = new ConnectionEntry(name, url, driver, properties);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
      Connections.save(project.open(), entry);
      System.out.println("Connection " + name + " saved in the catalog (" + project.location() + "). Credentials: "
          + ConnectionSecrets.ofProcess().whereToSet(entry) + ".");
      return 0;
    }
  }

  @Command(name = "list", description = "Lists the connections: URL, driver, properties, and where the password comes from.")
  static final class ListConnections implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Override
    public Integer call() {
      List<ConnectionEntry> connections = Connections.all(project.open());
      if (connections.isEmpty()) {
        System.out.println("The catalog (" + project.location() + ") has no connections; `joinery connection add`"
            + " declares one.");
        return 0;
      }
      ConnectionSecrets secrets = ConnectionSecrets.ofProcess();
      Tables.print(System.out, List.of("name", "url", "driver", "properties", "password from"), connections.stream()
          .map(c -> List.of(c.name(), c.url(), c.driver().isEmpty() ? "-" : c.driver(),
              c.properties().isEmpty() ? "-" : c.properties().toString(), secrets.passwordSource(c)))
          .toList());
      return 0;
    }
  }

  @Command(name = "test", description = "Connects with the resolved credentials and says what answered; with --table,"
      + " lists the table's columns and the record component each would be.")
  static final class Test implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection.")
    String name;

    @Option(names = "--table", paramLabel = "TABLE", description = "A table to describe, schema.table.")
    String table;

    @Override
    public Integer call() {
      try {
        JdbcTable target = JdbcTable.open(project.location(), project.baseDir, name, table == null ? "" : table,
            ConnectionSecrets.ofProcess());
        try (Connection c = target.connect()) {
          DatabaseMetaData metadata = c.getMetaData();
          System.out.println("Connection " + name + ": connected to " + metadata.getDatabaseProductName() + " "
              + metadata.getDatabaseProductVersion() + " as " + metadata.getUserName() + ".");
        }
        if (table != null) {
          List<JdbcColumn> columns = target.columns();
          if (columns.isEmpty()) {
            System.err.println("Connection " + name + " has no table " + table + " (or its user may not see it).");
            return 1;
          }
          Tables.print(System.out, List.of("column", "database type", "nullable", "component"), columns.stream()
              .map(col -> List.of(col.name(), col.describeType(), col.nullable() ? "yes" : "no",
                  col.componentType() == null ? "(unsupported)" : col.componentType())).toList());
        }
        return 0;
      } catch (SQLException | CatalogException e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "remove", description = "Removes a connection from the catalog.")
  static final class Remove implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection.")
    String name;

    @Override
    public Integer call() {
      if (!Connections.remove(project.open(), name)) {
        System.err.println("The catalog has no connection '" + name + "'; `joinery connection list` shows them.");
        return 2;
      }
      System.out.println("Connection " + name + " removed.");
      return 0;
    }
  }
}
