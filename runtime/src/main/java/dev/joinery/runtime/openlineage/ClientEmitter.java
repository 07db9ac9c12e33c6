package dev.joinery.runtime.openlineage;

import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunOptions;
import dev.joinery.runtime.RunReport;
import io.openlineage.client.Clients;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.OpenLineageConfig;
import java.io.PrintStream;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/** Emits a run's events with an openlineage-java client built from the run's configuration. */
final class ClientEmitter implements LineageEmitter {
  private static final System.Logger LOG = System.getLogger(ClientEmitter.class.getName());

  private final OpenLineageClient client;
  private final RunEvents events;
  private final PrintStream out;
  private boolean closed;

  private ClientEmitter(OpenLineageClient client, RunEvents events, PrintStream out) {
    this.client = client;
    this.events = events;
    this.out = out;
  }

  /** The emitter, or {@link LineageEmitter#NONE} with a warning if the configuration cannot make a client. */
  static LineageEmitter open(LineageConfigs.Source source, JoineryJob job, RunOptions options, String runId,
      SparkSession spark, PrintStream out, Map<String, String> env) {
    try {
      OpenLineageConfig<?> config = ClientConfigs.load(source);
      if (config.getTransportConfig() == null) {
        warn(out, "no transport configured in " + source + "; no events are sent", null);
        return NONE;
      }
      String namespace = ClientConfigs.namespace(options.lineage(), config, env);
      RunEvents events = new RunEvents(namespace, job, UUID.fromString(runId), spark.version(),
          options::locationOf, ColumnLineageFacets.read(job));
      OpenLineageClient client = Clients.newClient(config);
      SparkParentRun.set(spark, namespace, job.name(), runId);
      return new ClientEmitter(client, events, out);
    } catch (RuntimeException | LinkageError e) {
      warn(out, "cannot set up OpenLineage events from " + source + ": " + e.getMessage() + "; no events are sent", e);
      return NONE;
    }
  }

  @Override
  public void start() {
    emit("START", events::start);
  }

  @Override
  public void complete(RunReport report) {
    emit("COMPLETE", () -> events.complete(report));
    close();
  }

  @Override
  public void fail(String message) {
    emit("FAIL", () -> events.fail(message));
    close();
  }

  @Override
  public boolean enabled() {
    return true;
  }

  private void emit(String type, Supplier<OpenLineage.RunEvent> event) {
    if (closed) {
      return;
    }
    try {
      client.emit(event.get());
    } catch (RuntimeException | LinkageError e) {
      warn(out, "could not send the " + type + " event: " + e.getMessage(), e);
    }
  }

  private void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      client.close();
    } catch (Exception e) {
      warn(out, "could not close the client: " + e.getMessage(), e);
    }
  }

  private static void warn(PrintStream out, String message, Throwable e) {
    out.println("  warning: OpenLineage: " + message);
    LOG.log(System.Logger.Level.DEBUG, "OpenLineage: " + message, e); // the stack trace, for whoever debugs it
  }
}
