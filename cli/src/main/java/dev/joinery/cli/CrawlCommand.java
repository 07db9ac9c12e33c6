package dev.joinery.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.catalog.ConnectionSecrets;
import dev.joinery.catalog.JoineryCatalog;
import dev.joinery.crawler.CrawlException;
import dev.joinery.crawler.CrawlRequest;
import dev.joinery.crawler.CrawlResult;
import dev.joinery.crawler.Crawler;
import dev.joinery.crawler.DriftPolicy;
import dev.joinery.crawler.detection.Classifier;
import dev.joinery.crawler.drift.Change;
import dev.joinery.crawler.inference.InferredColumn;
import dev.joinery.runtime.jdbc.JdbcTable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code joinery crawl}: points at data, writes the table's {@code @Table} record and registers the
 * table; crawled again, reports how the data drifted from its record and catalog entry.
 */
@Command(name = "crawl", description = "Detects a data set's format, infers its schema from a sample, writes its"
    + " @Table record and registers it in the catalog; crawled again, reports drift.")
final class CrawlCommand implements Callable<Integer> {
  @Mixin ProjectCatalog project;

  @Parameters(paramLabel = "LOCATION", description = "The data's folder (relative to --base-dir, or a URI), or"
      + " jdbc:<connection>/<schema.table> for a database table.")
  String location;

  @Option(names = "--table", paramLabel = "DB.NAME", description = "The table's catalog name, as in raw.orders.")
  String table;

  @Option(names = "--each", description = "LOCATION is a folder of data sets: one table per subfolder, named by"
      + " --table-template. Automatic when LOCATION's files are all in subfolders that are not partitions.")
  boolean each;

  @Option(names = "--table-template", paramLabel = "TEMPLATE", defaultValue = "raw.{folder}",
      description = "Names the tables of a folder of data sets; {folder} is the subfolder's name (default raw.{folder}).")
  String template;

  @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "",
      description = "The package of new records (an existing record keeps its own).")
  String packageName;

  @Option(names = "--source-root", paramLabel = "DIR", description = "Where records are found by table name and"
      + " written, as src/main/java. Without it the record is printed and nothing is written.")
  Path sourceRoot;

  @Option(names = "--classifier", paramLabel = "CLASSIFIER", description = "A classifier for log lines, tried before"
      + " the built-in ones, in the order given: grok:PATTERN, regex:PATTERN (named groups are columns), or"
      + " apache-combined, apache-common, syslog.")
  List<String> classifiers = new ArrayList<>();

  @Option(names = "--on-drift", paramLabel = "POLICY", defaultValue = "log",
      description = "When the data no longer fits the record or catalog: log (report), update (rewrite the record,"
          + " update the catalog) or fail (report, exit 1).")
  String onDrift;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--max-files", paramLabel = "N", defaultValue = "" + CrawlRequest.DEFAULT_MAX_FILES,
      description = "Sample at most N files (default ${DEFAULT-VALUE}).")
  int maxFiles;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + CrawlRequest.DEFAULT_MAX_ROWS,
      description = "Read at most N rows of text formats (default ${DEFAULT-VALUE}).")
  int maxRows;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default: local[*]).")
  String master;

  @Override
  public Integer call() throws Exception {
    DriftPolicy policy;
    List<Classifier> parsed = new ArrayList<>();
    try {
      policy = DriftPolicy.valueOf(onDrift.toUpperCase(Locale.ROOT));
      classifiers.forEach(c -> parsed.add(Classifier.parse(c)));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage().startsWith("No enum") ? "--on-drift must be log, update or fail, not '"
          + onDrift + "'." : e.getMessage());
      return 2;
    }
    PrintStream progress = json ? System.err : System.out;
    JoineryCatalog catalog = project.open();
    try (CommandSession command = new CommandSession("joinery-crawl", master, Map.of())) {
      Crawler crawler = new Crawler(command.spark(), catalog, line -> progress.println("  " + line));
      CrawlRequest request = new CrawlRequest(location, table, packageName, sourceRoot, project.baseDir, parsed, policy,
          maxFiles, maxRows);
      List<CrawlResult> results;
      if (location.startsWith("jdbc:")) {
        // jdbc:<connection>/<schema.table>: a database table, through a connection of the catalog.
        int slash = location.indexOf('/');
        if (slash < 0 || table == null) {
          System.err.println("Crawl a database table as jdbc:<connection>/<schema.table> --table DB.NAME, for example"
              + " jdbc:shop_db/public.orders --table pg.orders.");
          return 2;
        }
        String databaseTable = location.substring(slash + 1);
        JdbcTable database = JdbcTable.open(project.location(), project.baseDir, location.substring(5, slash),
            databaseTable, ConnectionSecrets.ofProcess());
        results = List.of(crawler.crawlDatabase(request.forDataSet(databaseTable, table), database));
      } else if (each || (table == null && crawler.holdsDataSets(request))) {
        results = crawler.crawlEach(request, template);
      } else if (table == null) {
        System.err.println("Name the table with --table DB.NAME (or crawl a folder of data sets with --each).");
        return 2;
      } else {
        results = List.of(crawler.crawl(request));
      }
      if (json) {
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(results)));
      } else {
        results.forEach(r -> print(r, System.out));
      }
      boolean drifted = results.stream().anyMatch(CrawlResult::drifted);
      return drifted && policy == DriftPolicy.FAIL ? 1 : 0;
    } catch (CrawlException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  private void print(CrawlResult result, PrintStream out) {
    out.println("Table " + result.table().tableName() + ": " + result.format().format() + " at "
        + result.table().location());
    if (result.drifted()) {
      out.println("  Drift (" + result.changes().size() + "):");
      result.changes().forEach(c -> out.println("    " + c.describe()));
    } else if (result.existing() != null) {
      out.println("  No drift: the data still fits " + result.existing() + ".");
    }
    if (result.written() != null) {
      out.println("  Wrote " + result.written());
    } else if (sourceRoot == null) {
      out.println();
      out.print(result.source());
    }
    if (result.registered()) {
      out.println("  Registered " + result.table().tableName() + " in the catalog.");
    }
  }

  private static ObjectNode toJson(List<CrawlResult> results) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode tables = root.putArray("tables");
    for (CrawlResult result : results) {
      ObjectNode table = tables.addObject()
          .put("table", result.table().tableName())
          .put("location", result.table().location())
          .put("format", result.format().format().name())
          .put("record", result.table().qualifiedRecordName())
          .put("filesSampled", result.schema().filesSampled())
          .put("rowsSampled", result.schema().rowsSampled())
          .put("written", result.written() == null ? null : result.written().toString())
          .put("registered", result.registered())
          .put("drifted", result.drifted());
      table.putPOJO("options", result.table().options());
      ArrayNode columns = table.putArray("columns");
      for (InferredColumn column : result.schema().columns()) {
        ObjectNode c = columns.addObject().put("name", column.name()).put("type", column.sqlType())
            .put("nullable", column.nullable()).put("partition", column.partition());
        if (column.misfits() > 0) {
          c.put("misfits", column.misfits()).put("misfitExample", column.misfitExample());
        }
      }
      ArrayNode changes = table.putArray("changes");
      for (Change change : result.changes()) {
        changes.addObject().put("kind", change.kind().name()).put("against", change.against())
            .put("column", change.column()).put("before", change.before()).put("after", change.after());
      }
      table.put("source", result.source());
    }
    return root;
  }
}
