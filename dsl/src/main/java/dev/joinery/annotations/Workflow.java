package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a {@code @Job} in a named workflow: {@code joinery workflow run <name>} runs its jobs in
 * dependency order (triggers and lineage), and the Airflow export makes one DAG of them.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Workflow {
  /** Lower case letters, digits and underscores, as job names. */
  String value();
}
