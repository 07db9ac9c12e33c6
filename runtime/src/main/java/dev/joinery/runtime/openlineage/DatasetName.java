package dev.joinery.runtime.openlineage;

import io.openlineage.client.dataset.Naming;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A dataset's OpenLineage namespace and name, from the location a run resolved for its table,
 * following OpenLineage's dataset naming: local files are namespace {@code file} and the absolute
 * path; {@code s3://}, {@code s3a://}, {@code s3n://} are namespace {@code s3://bucket} and the
 * object key; {@code gs://} likewise; HDFS is {@code hdfs://host:port} and the path; other URIs are
 * {@code scheme://authority} and the path. Trailing slashes are dropped: a table is its folder. A
 * database table's location is already its namespace and name ({@code postgres://host:port/db.schema.table},
 * see {@code JdbcTable#datasetLocation}).
 */
public record DatasetName(String namespace, String name) {

  /** The dataset at {@code location}, a URI ({@code file:/...}, {@code s3a://...}) or a local path. */
  public static DatasetName of(String location) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      return local(location);
    }
    String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
    String path = trimTrailingSlashes(uri.getPath() == null ? "" : uri.getPath());
    String authority = uri.getAuthority();
    switch (scheme) {
      case "file":
        return local(path);
      case "s3", "s3a", "s3n":
        return of(new Naming.S3(authority, withoutLeadingSlash(path)));
      case "gs":
        return of(new Naming.GCS(authority, withoutLeadingSlash(path)));
      case "hdfs":
        return new DatasetName("hdfs://" + authority, path);
      case "postgres", "mysql", "sqlserver", "oracle", "redshift", "db2", "mariadb", "sqlite":
        return new DatasetName(scheme + "://" + authority, withoutLeadingSlash(path));
      default:
        return new DatasetName(scheme + "://" + (authority == null ? "" : authority), path);
    }
  }

  private static DatasetName local(String path) {
    return of(new Naming.LocalFileSystem(trimTrailingSlashes(path)));
  }

  private static DatasetName of(Naming.DatasetNaming naming) {
    return new DatasetName(naming.getNamespace(), naming.getName());
  }

  private static String trimTrailingSlashes(String path) {
    String trimmed = path;
    while (trimmed.length() > 1 && trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static String withoutLeadingSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
