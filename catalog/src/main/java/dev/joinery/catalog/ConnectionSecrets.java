package dev.joinery.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where a connection's credentials come from when a run needs them, never from code or the catalog:
 * first the environment ({@code JOINERY_CONNECTION_<NAME>_USER} and {@code _PASSWORD}), then a
 * properties file outside the project ({@code <name>.user}, {@code <name>.password}): the file
 * {@code $JOINERY_SECRETS_FILE} names, or {@code ~/.joinery/secrets.properties}. A user may also be a
 * connection property, as it is not secret.
 */
public final class ConnectionSecrets {
  public static final String FILE_VARIABLE = "JOINERY_SECRETS_FILE";
  /** The same as {@link #FILE_VARIABLE}, as a JVM system property, for code that cannot set the environment. */
  public static final String FILE_PROPERTY = "joinery.secretsFile";

  private final Map<String, String> env;
  private final Path file;

  /** @param file the secrets file; it need not exist */
  public ConnectionSecrets(Map<String, String> env, Path file) {
    this.env = env;
    this.file = file;
  }

  /** The secrets this process sees: its environment and the secrets file it names (or the default one). */
  public static ConnectionSecrets ofProcess() {
    String named = System.getenv(FILE_VARIABLE);
    if (named == null || named.isBlank()) {
      named = System.getProperty(FILE_PROPERTY);
    }
    Path file = named == null || named.isBlank()
        ? Path.of(System.getProperty("user.home"), CatalogLocation.PROJECT_FOLDER, "secrets.properties")
        : Path.of(named);
    return new ConnectionSecrets(System.getenv(), file);
  }

  public static String userVariable(String connection) {
    return prefix(connection) + "_USER";
  }

  public static String passwordVariable(String connection) {
    return prefix(connection) + "_PASSWORD";
  }

  /** A user and password for a connection; {@link #toString()} never shows the password. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "user " + user + (password == null ? ", no password" : ", password ***");
    }
  }

  /**
   * The connection's credentials. Refuses a secrets file inside {@code project}, where it could be
   * committed with the code.
   *
   * @param project the project folder, or null
   */
  public Credentials of(ConnectionEntry connection, Path project) {
    String user = env.get(userVariable(connection.name()));
    String password = env.get(passwordVariable(connection.name()));
    if ((user == null || password == null) && Files.isRegularFile(file)) {
      if (project != null && file.toAbsolutePath().normalize().startsWith(project.toAbsolutePath().normalize())) {
        throw new CatalogException("The secrets file " + file + " is inside the project " + project
            + ", where it could be committed with the code; move it out (by default ~/.joinery/secrets.properties).");
      }
      Properties secrets = read(file);
      user = user != null ? user : secrets.getProperty(connection.name() + ".user");
      password = password != null ? password : secrets.getProperty(connection.name() + ".password");
    }
    if (user == null) {
      user = connection.properties().get("user");
    }
    return new Credentials(user, password);
  }

  /** Where the connection's password would come from now, without reading it out: for listings. */
  public String passwordSource(ConnectionEntry connection) {
    if (env.get(passwordVariable(connection.name())) != null) {
      return "$" + passwordVariable(connection.name());
    }
    if (Files.isRegularFile(file) && read(file).getProperty(connection.name() + ".password") != null) {
      return file.toString();
    }
    return "none found";
  }

  /** Where this connection's credentials may be set, for messages. */
  public String whereToSet(ConnectionEntry connection) {
    return userVariable(connection.name()) + " and " + passwordVariable(connection.name()) + ", or "
        + connection.name() + ".user and " + connection.name() + ".password in " + file;
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    } catch (IOException e) {
      // The message names the file and the reason only: never the file's content.
      throw new CatalogException("Cannot read the secrets file " + file + ": " + e.getClass().getSimpleName(), e);
    }
    return properties;
  }

  private static String prefix(String connection) {
    return "JOINERY_CONNECTION_" + connection.toUpperCase(Locale.ROOT);
  }
}
