package dev.joinery.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A named database connection, as the catalog keeps it: what is needed to reach the database, and
 * nothing secret. Credentials are resolved when a run needs them ({@link ConnectionSecrets}).
 *
 * @param driver the JDBC driver class, or empty to let {@link java.sql.DriverManager} pick it from the URL
 * @param properties JDBC driver properties that are not secret ({@code sslmode}, {@code user}...)
 */
public record ConnectionEntry(String name, String url, String driver, Map<String, String> properties) {
  /** What a connection name must look like: it becomes part of environment variable names. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Property names that hold secrets; they belong in the environment or the secrets file. */
  private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|passwd|secret|token|credential|apikey|api_key).*");
  /** A password written into the URL, as some drivers allow ({@code ?password=}, {@code user:pw@host}). */
  private static final Pattern SECRET_IN_URL =
      Pattern.compile("(?i).*([?&;:](password|passwd|secret|token)=|//[^/@?]*:[^/@?]*@).*");

  public ConnectionEntry {
    properties = new TreeMap<>(properties);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Connection name '" + name + "' must be letters, digits and _, starting"
          + " with a letter, as in shop_db: it is part of the environment variables that hold its credentials.");
    }
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("Connection " + name + ": the URL must be a JDBC URL, starting with jdbc:");
    }
    if (SECRET_IN_URL.matcher(url).matches()) {
      throw new IllegalArgumentException("Connection " + name + ": the URL holds a password; the catalog is no"
          + " place for secrets. Leave it out of the URL and set " + ConnectionSecrets.passwordVariable(name)
          + " or " + name + ".password in the secrets file.");
    }
    for (String key : properties.keySet()) {
      if (SECRET_KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("Connection " + name + ": property '" + key + "' looks secret; the"
            + " catalog is no place for secrets. Set " + ConnectionSecrets.passwordVariable(name) + " or "
            + name + ".password in the secrets file instead.");
      }
    }
  }

  /** The database product, from the URL: {@code postgresql}, {@code mysql}... */
  public String product() {
    String rest = url.substring("jdbc:".length());
    int colon = rest.indexOf(':');
    return (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
  }
}
