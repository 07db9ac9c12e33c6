package dev.joinery.runtime.openlineage;

import org.apache.spark.SparkEnv;
import org.apache.spark.sql.SparkSession;

/**
 * When openlineage-spark is on the classpath, makes its events children of the Joinery run, with
 * the parent-run settings it documents ({@code spark.openlineage.parentJobNamespace},
 * {@code parentJobName}, {@code parentRunId}, and the same as root).
 *
 * <p>openlineage-spark reads these from the SparkContext's configuration, and some versions only
 * when its listener starts, before Joinery knows the run id; Joinery sets them on the running
 * context's and the session's configuration, which later events of those versions do not see.
 * Not tested here: openlineage-spark is not one of Joinery's dependencies.
 */
final class SparkParentRun {
  private static final String LISTENER = "io.openlineage.spark.agent.OpenLineageSparkListener";

  private SparkParentRun() {}

  static void set(SparkSession spark, String namespace, String job, String runId) {
    try {
      Class.forName(LISTENER, false, SparkParentRun.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return; // no openlineage-spark: nothing to nest
    }
    String[][] settings = {
        {"spark.openlineage.parentJobNamespace", namespace},
        {"spark.openlineage.parentJobName", job},
        {"spark.openlineage.parentRunId", runId},
        {"spark.openlineage.rootParentJobNamespace", namespace},
        {"spark.openlineage.rootParentJobName", job},
        {"spark.openlineage.rootParentRunId", runId}};
    for (String[] setting : settings) {
      spark.conf().set(setting[0], setting[1]);
      if (SparkEnv.get() != null) {
        SparkEnv.get().conf().set(setting[0], setting[1]);
      }
    }
  }
}
