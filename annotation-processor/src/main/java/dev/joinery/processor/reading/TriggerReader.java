package dev.joinery.processor.reading;

import dev.joinery.annotations.JobState;
import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TriggerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads a job class's trigger and run-policy annotations into a {@link TriggerModel}, as written. */
public final class TriggerReader {
  public static final String AFTER = "dev.joinery.annotations.After";
  public static final String AFTER_LIST = "dev.joinery.annotations.After.List";
  public static final String TRIGGER = "dev.joinery.annotations.Trigger";
  public static final String RUN_POLICY = "dev.joinery.annotations.RunPolicy";
  public static final String WORKFLOW = "dev.joinery.annotations.Workflow";

  private final AnnotationValues annotations;

  public TriggerReader(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  public TriggerModel read(TypeElement job) {
    Optional<AnnotationMirror> trigger = AnnotationValues.find(job, TRIGGER);
    Optional<AnnotationMirror> policy = AnnotationValues.find(job, RUN_POLICY);
    Optional<AnnotationMirror> workflow = AnnotationValues.find(job, WORKFLOW);
    return new TriggerModel(
        conditions(job),
        trigger.map(t -> Trigger.Logic.valueOf(annotations.enumConstant(t, "logic"))).orElse(Trigger.Logic.ALL),
        trigger.map(t -> annotations.bool(t, "afterWriters")).orElse(false),
        trigger.map(t -> names(job, t, "newFiles")).orElse(List.of()),
        trigger.map(t -> annotations.string(t, "poll")).orElse("1m"),
        trigger.map(t -> Trigger.CatchUp.valueOf(annotations.enumConstant(t, "catchUp"))).orElse(Trigger.CatchUp.NONE),
        policy.map(p -> annotations.integer(p, "maxConcurrent")).orElse(1),
        policy.map(p -> RunPolicy.WhenBusy.valueOf(annotations.enumConstant(p, "whenBusy")))
            .orElse(RunPolicy.WhenBusy.QUEUE),
        policy.map(p -> annotations.string(p, "timeout")).orElse(""),
        policy.map(p -> annotations.integer(p, "retries")).orElse(0),
        policy.map(p -> names(job, p, "properties")).orElse(List.of()),
        workflow.map(w -> annotations.string(w, "value")).orElse(""),
        trigger, policy, workflow);
  }

  /** One {@code @After} stands alone on the class; several sit in javac's {@code @After.List}. */
  private List<TriggerModel.Condition> conditions(TypeElement job) {
    List<AnnotationMirror> afters = new ArrayList<>();
    AnnotationValues.find(job, AFTER).ifPresent(afters::add);
    AnnotationValues.find(job, AFTER_LIST).ifPresent(list -> annotations.array(list, "value")
        .forEach(v -> afters.add((AnnotationMirror) v.getValue())));
    List<TriggerModel.Condition> conditions = new ArrayList<>();
    for (AnnotationMirror after : afters) {
      conditions.add(new TriggerModel.Condition(annotations.string(after, "job"),
          JobState.valueOf(annotations.enumConstant(after, "state")), after, annotations.value(after, "job")));
    }
    return List.copyOf(conditions);
  }

  private List<NameRef> names(TypeElement job, AnnotationMirror mirror, String member) {
    List<NameRef> names = new ArrayList<>();
    for (AnnotationValue value : annotations.array(mirror, member)) {
      names.add(new NameRef((String) value.getValue(), job, mirror, value));
    }
    return List.copyOf(names);
  }
}
