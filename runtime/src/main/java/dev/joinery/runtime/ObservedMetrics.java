package dev.joinery.runtime;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Observation;
import scala.concurrent.Await;
import scala.concurrent.duration.FiniteDuration;

/** The metrics a Spark {@link Observation} collected, for the run's counts. */
final class ObservedMetrics {
  private ObservedMetrics() {}

  /** The observation's metrics, or null if no action ran over it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> of(Observation o) {
    try {
      // Metrics arrive through Spark's listener bus just after the action returns.
      Await.ready(o.future(), FiniteDuration.apply(2, TimeUnit.SECONDS));
      return (Map<String, Object>) (Map<?, ?>) o.getAsJava();
    } catch (Exception notObserved) {
      return null;
    }
  }
}
