package dev.joinery.cli;

import dev.joinery.runtime.JobLauncher;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session a command works in. A session that was already running (a notebook, a test)
 * belongs to its owner and stays running; one the command started stops with it.
 */
final class CommandSession implements AutoCloseable {
  private final SparkSession spark;
  private final boolean owned;

  CommandSession(String appName, String master, Map<String, String> conf) {
    this.owned = SparkSession.getDefaultSession().isEmpty();
    this.spark = JobLauncher.session(appName, master, conf);
  }

  SparkSession spark() {
    return spark;
  }

  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }
}
