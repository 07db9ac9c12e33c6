package dev.joinery.runtime.openlineage;

import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.RunReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Sends a run's OpenLineage events: {@link #start}, then {@link #complete} or {@link #fail}. A
 * failure to send is a warning on the run's output, never the run's failure. When nothing
 * configures OpenLineage (see {@link LineageConfigs}) it is {@link #NONE}: no client, no events,
 * no OpenLineage class loaded.
 */
public interface LineageEmitter {

  /** Sends nothing. */
  LineageEmitter NONE = new LineageEmitter() {
    @Override
    public void start() {}

    @Override
    public void complete(RunReport report) {}

    @Override
    public void fail(String message) {}

    @Override
    public boolean enabled() {
      return false;
    }
  };

  /** The emitter for run {@code runId} of {@code job}, configured by {@code options} and the environment. */
  static LineageEmitter open(JoineryJob job, RunOptions options, String runId, SparkSession spark, PrintStream out) {
    return open(job, options, runId, spark, out, System.getenv(),
        Path.of(System.getProperty("user.dir")), Path.of(System.getProperty("user.home")));
  }

  /** As {@link #open(JoineryJob, RunOptions, String, SparkSession, PrintStream)}, in a given environment. */
  static LineageEmitter open(JoineryJob job, RunOptions options, String runId, SparkSession spark, PrintStream out,
      Map<String, String> env, Path workingDir, Path home) {
    try {
      Optional<LineageConfigs.Source> source = LineageConfigs.find(options.lineage(), env, workingDir, home);
      if (source.isEmpty()) {
        return NONE;
      }
      return ClientEmitter.open(source.get(), job, options, runId, spark, out, env);
    } catch (RuntimeException | LinkageError e) {
      // A bad OPENLINEAGE_CONFIG path, or the client missing from an app jar: the run goes on.
      out.println("  warning: OpenLineage: " + e + "; no events are sent");
      return NONE;
    }
  }

  /** START, before the run reads anything. */
  void start();

  /** COMPLETE, after the run committed its outputs; closes the client. */
  void complete(RunReport report);

  /** FAIL, with the run's failure message; closes the client. */
  void fail(String message);

  /** Whether events are sent. */
  boolean enabled();
}
