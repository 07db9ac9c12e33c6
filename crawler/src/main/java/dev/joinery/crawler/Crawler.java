package dev.joinery.crawler;

import com.palantir.javapoet.JavaFile;
import dev.joinery.annotations.Format;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.catalog.TableEntry;
import dev.joinery.crawler.detection.DetectedFormat;
import dev.joinery.crawler.detection.FormatDetector;
import dev.joinery.crawler.drift.Change;
import dev.joinery.crawler.drift.CrawlState;
import dev.joinery.crawler.drift.DriftCheck;
import dev.joinery.crawler.inference.InferredColumn;
import dev.joinery.crawler.inference.InferredSchema;
import dev.joinery.crawler.inference.SchemaInference;
import dev.joinery.crawler.source.ExistingRecord;
import dev.joinery.crawler.source.RecordFinder;
import dev.joinery.crawler.source.RecordSource;
import dev.joinery.crawler.source.TableProposal;
import dev.joinery.crawler.source.TableProposals;
import dev.joinery.runtime.jdbc.JdbcColumn;
import dev.joinery.runtime.jdbc.JdbcTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * A crawl: finds a location's files and partitions, detects their format, infers their schema on a
 * sample, proposes the table's {@code @Table} record, compares it with the record and catalog
 * entry the table already has, and, as the drift policy allows, writes the record source and
 * registers the table in the catalog.
 */
public final class Crawler {
  /** How many sampled files are checked to hold the same format as the first. */
  private static final int FORMAT_CHECKS = 4;

  private final SparkSession spark;
  private final JoineryCatalog catalog;
  private final Consumer<String> progress;

  /** @param catalog where tables are registered; null to register nothing */
  public Crawler(SparkSession spark, JoineryCatalog catalog, Consumer<String> progress) {
    this.spark = spark;
    this.catalog = catalog;
    this.progress = progress;
  }

  /**
   * Crawls a folder of data sets: one table per subfolder, named by {@code template} with
   * {@code {folder}} standing for the subfolder's name ({@code raw.{folder}}).
   */
  public List<CrawlResult> crawlEach(CrawlRequest request, String template) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Map<String, String> dataSets = DataFolder.dataSets(request.resolvedLocation(), conf);
    if (dataSets.isEmpty()) {
      throw new CrawlException("No data sets under " + request.location() + ": its files are one data set (at the top"
          + " or in partition folders); crawl it with --table instead.");
    }
    List<CrawlResult> results = new ArrayList<>();
    for (String folder : dataSets.keySet()) {
      String table = TableNames.fromTemplate(template, folder);
      String location = request.location().replaceAll("/+$", "") + "/" + folder;
      progress.accept("data set " + folder + " -> " + table);
      results.add(crawl(request.forDataSet(location, table)));
    }
    return results;
  }

  /** Whether a location is a folder of data sets rather than one. */
  public boolean holdsDataSets(CrawlRequest request) {
    return !DataFolder.dataSets(request.resolvedLocation(), spark.sparkContext().hadoopConfiguration()).isEmpty();
  }

  public CrawlResult crawl(CrawlRequest request) {
    TableNames.check(request.table());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    DataFolder folder = DataFolder.scan(request.resolvedLocation(), conf);
    if (folder.files().isEmpty()) {
      throw new CrawlException("No data files at " + request.location() + " (" + request.resolvedLocation() + ").");
    }
    progress.accept(folder.files().size() + " file" + (folder.files().size() == 1 ? "" : "s") + " under "
        + request.location() + (folder.partitionColumns().isEmpty() ? ""
            : ", partitioned by " + String.join(", ", folder.partitionColumns()) + " (" + folder.partitions().size()
                + " partitions)"));
    DetectedFormat format = detect(folder, request, conf);
    progress.accept("format " + format.format() + ": " + format.reason());
    InferredSchema schema = new SchemaInference(spark, request.maxFiles(), request.maxRows(), progress)
        .infer(folder, format);

    return propose(request, format, schema, folder, "", request.resolvedLocation());
  }

  /**
   * Crawls a database table through a named connection: its columns come from the database's own
   * metadata (no sampling, and no guess at nullability), the record reads it as a {@code JDBC}
   * table of that connection. Columns of a type Joinery cannot hold are left out, with a note.
   */
  public CrawlResult crawlDatabase(CrawlRequest request, JdbcTable database) {
    TableNames.check(request.table());
    List<InferredColumn> columns = new ArrayList<>();
    List<String> left = new ArrayList<>();
    try {
      for (JdbcColumn column : database.columns()) {
        if (column.unsupportedReason() != null) {
          left.add(column.name() + " (" + column.unsupportedReason() + ")");
        } else {
          columns.add(new InferredColumn(column.name(), column.sparkType(), column.nullable(), 0, null, false));
        }
      }
    } catch (SQLException e) {
      throw new CrawlException("Cannot read the columns of " + database + ": " + e.getMessage());
    }
    if (columns.isEmpty()) {
      throw new CrawlException("No column of " + database + " can be read" + (left.isEmpty() ? " (does the table"
          + " exist?)" : ": " + String.join(", ", left)) + ".");
    }
    progress.accept(columns.size() + " columns of " + database + (left.isEmpty() ? "" : "; left out: "
        + String.join(", ", left)));
    DetectedFormat format = new DetectedFormat(Format.JDBC, Map.of(), null, database + ", columns from the database's"
        + " metadata" + (left.isEmpty() ? "" : "; left out: " + String.join(", ", left)));
    return propose(request, format, new InferredSchema(columns, Map.of(), 0, 0), null, database.connectionName(),
        database.datasetLocation());
  }

  /**
   * The record and catalog entry for what was found, drift against what the table had, and the
   * writes the drift policy allows.
   *
   * @param folder the files crawled; null for a database table
   * @param registeredLocation where the catalog says the table is
   */
  private CrawlResult propose(CrawlRequest request, DetectedFormat format, InferredSchema schema, DataFolder folder,
      String connection, String registeredLocation) {
    ExistingRecord existing = request.sourceRoot() == null ? null
        : RecordFinder.find(request.sourceRoot(), request.table()).orElse(null);
    TableProposal proposal = TableProposals.of(request.table(), request.packageName(), request.location(), format,
        schema, existing, folder == null ? 0 : folder.files().size(), connection);
    JavaFile source = RecordSource.generate(proposal);

    List<Change> changes = new ArrayList<>();
    if (existing != null) {
      changes.addAll(DriftCheck.against(existing, schema.columns()));
    }
    TableEntry entry = catalog == null ? null : catalog.table(request.table()).orElse(null);
    if (entry != null) {
      changes.addAll(DriftCheck.against(entry, schema.columns()));
    }
    CrawlState state = new CrawlState(request.baseDir());
    Set<String> known = folder == null ? null : state.partitions(request.table());
    if (known != null) {
      changes.addAll(DriftCheck.newPartitions(known, folder.partitions()));
    }

    // A new table is written and registered; an existing one only when its drift is to be applied.
    boolean isNew = existing == null;
    boolean apply = isNew || (!changes.isEmpty() && request.onDrift() == DriftPolicy.UPDATE);
    Path written = null;
    boolean registered = false;
    if (apply && request.sourceRoot() != null) {
      written = isNew ? request.sourceRoot().resolve(proposal.qualifiedRecordName().replace('.', '/') + ".java")
          : existing.file();
      write(written, source);
    }
    // The catalog and the crawl state follow the data unless drift is only to be reported.
    boolean refresh = isNew || changes.isEmpty() || request.onDrift() == DriftPolicy.UPDATE;
    if (catalog != null && refresh) {
      catalog.registerTable(CatalogEntry.of(proposal, registeredLocation));
      registered = true;
    }
    if (refresh && folder != null) {
      state.save(request.table(), request.location(), folder.partitions());
    }
    return new CrawlResult(proposal, source.toString(), folder, format, schema,
        existing == null ? null : existing.file(), written, registered, changes);
  }

  /** The format of the first sampled file, which the next few must share. */
  private static DetectedFormat detect(DataFolder folder, CrawlRequest request, Configuration conf) {
    FormatDetector detector = new FormatDetector(request.classifiers());
    List<org.apache.hadoop.fs.Path> sample = folder.sample(request.maxFiles());
    DetectedFormat first = detector.detect(sample.get(0), conf);
    for (org.apache.hadoop.fs.Path other : sample.subList(1, Math.min(sample.size(), FORMAT_CHECKS))) {
      DetectedFormat format = detector.detect(other, conf);
      if (format.format() != first.format()) {
        throw new CrawlException("Files under " + request.location() + " hold different formats: " + sample.get(0)
            + " is " + first.format() + " (" + first.reason() + "), " + other + " is " + format.format() + " ("
            + format.reason() + "). Crawl each format's folder on its own.");
      }
    }
    return first;
  }

  private static void write(Path file, JavaFile source) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
