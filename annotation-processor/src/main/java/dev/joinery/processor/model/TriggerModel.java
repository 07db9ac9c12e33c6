package dev.joinery.processor.model;

import dev.joinery.annotations.JobState;
import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * What starts a job besides its schedule, and how its runs run: its {@code @After},
 * {@code @Trigger}, {@code @RunPolicy} and {@code @Workflow} annotations as written (defaults
 * where absent), with where they were written so a diagnostic can point at them.
 *
 * @param newFiles tables whose new files start a run
 * @param properties {@code key=value} entries as written
 * @param workflow the workflow's name, empty for none
 */
public record TriggerModel(
    List<Condition> after,
    Trigger.Logic logic,
    boolean afterWriters,
    List<NameRef> newFiles,
    String poll,
    Trigger.CatchUp catchUp,
    int maxConcurrent,
    RunPolicy.WhenBusy whenBusy,
    String timeout,
    int retries,
    List<NameRef> properties,
    String workflow,
    Optional<AnnotationMirror> trigger,
    Optional<AnnotationMirror> runPolicy,
    Optional<AnnotationMirror> workflowAnnotation) {

  /** One {@code @After}: start when {@code job}'s run ends in {@code state}. */
  public record Condition(String job, JobState state, AnnotationMirror annotation, AnnotationValue jobValue) {}

  /** Whether anything besides a schedule and {@code joinery run} starts the job. */
  public boolean startsOnEvents() {
    return !after.isEmpty() || afterWriters || !newFiles.isEmpty();
  }
}
