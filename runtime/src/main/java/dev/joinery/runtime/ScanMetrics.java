package dev.joinery.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.execution.FileSourceScanExec;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.metric.SQLMetric;
import org.apache.spark.sql.util.QueryExecutionListener;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Rows read per source table, taken from the scans' own metrics after each write. Counting in the
 * plan instead (an observed aggregate above the scan) would stop Spark from pushing filters into
 * the scan.
 */
final class ScanMetrics implements QueryExecutionListener {
  private final Map<String, String> tableByLocation = new LinkedHashMap<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final BlockingQueue<QueryExecution> finished = new LinkedBlockingQueue<>();

  /** @param locations table name to its fully qualified location */
  ScanMetrics(Map<String, String> locations) {
    locations.forEach((table, location) -> tableByLocation.put(normalize(location), table));
  }

  @Override
  public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
    finished.add(qe);
  }

  @Override
  public void onFailure(String funcName, QueryExecution qe, Exception exception) {
    // A failed run reports no counts.
  }

  /** Waits for the listener bus to deliver the query that just ran, and adds its scans' rows. */
  void collectNext() {
    try {
      QueryExecution qe = finished.poll(10, TimeUnit.SECONDS);
      if (qe != null) {
        List<FileSourceScanExec> scans = new ArrayList<>();
        collect(qe.executedPlan(), scans);
        for (FileSourceScanExec scan : scans) {
          String table = tableOf(scan);
          SQLMetric metric = scan.metrics().get("numOutputRows").getOrElse(() -> null);
          if (table != null && metric != null) {
            rows.merge(table, metric.value(), Long::sum);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Map<String, Long> rowsRead() {
    return rows;
  }

  private String tableOf(FileSourceScanExec scan) {
    for (Path root : CollectionConverters.asJava(scan.relation().location().rootPaths())) {
      String table = tableByLocation.get(normalize(root.toString()));
      if (table != null) {
        return table;
      }
    }
    return null;
  }

  private static void collect(SparkPlan plan, List<FileSourceScanExec> into) {
    if (plan instanceof FileSourceScanExec scan) {
      into.add(scan);
      return;
    }
    if (plan instanceof AdaptiveSparkPlanExec adaptive) {
      collect(adaptive.executedPlan(), into);
      return;
    }
    if (plan instanceof QueryStageExec stage) {
      collect(stage.plan(), into);
      return;
    }
    for (SparkPlan child : CollectionConverters.asJava(plan.children())) {
      collect(child, into);
    }
    for (Object inner : CollectionConverters.asJava(plan.innerChildren())) {
      if (inner instanceof SparkPlan innerPlan) {
        collect(innerPlan, into);
      }
    }
  }

  private static String normalize(String location) {
    String path = new Path(location).toUri().getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
