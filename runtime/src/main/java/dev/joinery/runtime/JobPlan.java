package dev.joinery.runtime;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A job as Spark plans it, nothing run: each step's rows and each sink's rows, by name, in the
 * order the job defines them.
 */
public record JobPlan(Map<String, Dataset<Row>> steps, Map<String, Dataset<Row>> sinks) {}
