package dev.joinery.processor.validation;

import dev.joinery.annotations.JoinType;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.SpigotDeclaration;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepKind;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.reading.AnnotationValues;
import dev.joinery.processor.reading.RecordReader;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks that jobs and steps are spelled as the DSL expects: names, modifiers, parameters, return types. */
public final class DeclarationPass implements ValidationPass {
  private static final String SINK = "dev.joinery.annotations.Sink";
  private static final String SPIGOT = "dev.joinery.annotations.Spigot";

  private final RecordReader records;

  public DeclarationPass(RecordReader records) {
    this.records = records;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (TypeElement type : build.joblessStepClasses()) {
      diagnostics.error(Tag.JOB_DEFINITION, "Class " + type.getSimpleName() + " declares steps but has no @Job, so"
          + " no job would run them; add @Job(name = \"...\") to it.", type);
    }
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      if (!job.name().matches("[a-z][a-z0-9_]*")) {
        diagnostics.error(Tag.JOB_DEFINITION, "Job name '" + job.name() + "' must be lower case letters, digits and"
            + " underscores, starting with a letter, as in 'daily_revenue'; it is what `joinery run` takes.",
            job.element(), job.annotation());
      }
      if (job.element().getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(Tag.JOB_DEFINITION, "Job class " + job.element().getSimpleName()
            + " is private; make it package-private so its generated runner can call its steps.", job.element());
      }
      for (Element member : job.element().getEnclosedElements()) {
        checkAnnotations(member, diagnostics);
      }
      for (Step step : job.steps()) {
        requireVisibleOutput(step, diagnostics);
        step.spigot().ifPresent(spigot -> checkSpigot(step, spigot, diagnostics));
        if (step.spec() instanceof StepSpec.SortSpec sort && sort.limit() < 0) {
          diagnostics.error(Tag.JOB_DEFINITION, "@Sort on step '" + step.name() + "': limit = " + sort.limit()
              + " keeps no row; give the number of first rows to keep, or leave limit out to keep them all.",
              step.element(), step.annotation());
        }
        if (step.element().getKind() == ElementKind.METHOD) {
          checkMethod(step, (ExecutableElement) step.element(), diagnostics);
        } else {
          checkField(step, diagnostics);
        }
      }
    }
  }

  private void checkAnnotations(Element member, Diagnostics diagnostics) {
    List<StepKind> kinds = java.util.Arrays.stream(StepKind.values())
        .filter(k -> AnnotationValues.find(member, k.annotationName()).isPresent())
        .toList();
    if (kinds.size() > 1) {
      diagnostics.error(Tag.STEP_SIGNATURE, "'" + member.getSimpleName() + "' is annotated "
          + kinds.stream().map(k -> "@" + k.annotation()).collect(Collectors.joining(" and "))
          + "; a method or field declares one step, so split it into one member per step.", member);
    }
    if (kinds.isEmpty() && AnnotationValues.find(member, SINK).isPresent()) {
      diagnostics.error(Tag.STEP_SIGNATURE, "'" + member.getSimpleName() + "' has @Sink but is not a step;"
          + " put @Sink on the step whose output the table receives.", member,
          AnnotationValues.find(member, SINK).get());
    }
    if (kinds.isEmpty() && AnnotationValues.find(member, SPIGOT).isPresent()) {
      diagnostics.error(Tag.BAD_SPIGOT, "'" + member.getSimpleName() + "' has @Spigot but is not a step;"
          + " put @Spigot on the step whose rows to sample.", member, AnnotationValues.find(member, SPIGOT).get());
    }
  }

  private static void checkSpigot(Step step, SpigotDeclaration spigot, Diagnostics diagnostics) {
    boolean byRows = spigot.rows() != 0;
    boolean byFraction = spigot.fraction() != 0;
    String problem = byRows == byFraction ? "give either rows (as in rows = 100) or fraction (as in fraction = 0.05)"
        : byRows && spigot.rows() < 0 ? "rows must be positive, not " + spigot.rows()
        : byFraction && !(spigot.fraction() > 0 && spigot.fraction() <= 1)
            ? "fraction must be more than 0 and at most 1, not " + spigot.fraction()
        : null;
    if (problem != null) {
      diagnostics.error(Tag.BAD_SPIGOT, "@Spigot on step '" + step.name() + "': " + problem + ".", step.element(),
          spigot.annotation());
    }
  }

  private void checkMethod(Step step, ExecutableElement method, Diagnostics diagnostics) {
    String what = "Step '" + step.name() + "' (@" + step.kind().annotation() + ")";
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(Tag.STEP_SIGNATURE, what + " must be static: a step is a plain function of its"
          + " inputs, so Spark can run it on any executor without an instance of the job.", method);
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(Tag.STEP_SIGNATURE, what + " must not be private: the generated runner calls it."
          + " Make it package-private.", method);
    }
    int expected = step.kind() == StepKind.JOIN ? 2 : 1;
    if (method.getParameters().size() != expected) {
      diagnostics.error(Tag.STEP_SIGNATURE, what + " takes " + method.getParameters().size() + " parameter(s) but a "
          + step.kind().label() + " takes " + (expected == 2 ? "two: the left row and the right row" : "one: the input row")
          + ".", method);
    }
    for (InputRef input : step.inputs()) {
      if (records.read(input.expectedType()).isEmpty()) {
        diagnostics.error(Tag.STEP_SIGNATURE, "Parameter '" + input.ref().element().getSimpleName() + "' of step '"
            + step.name() + "' is " + TypeNames.of(input.expectedType()) + "; step inputs are rows, declared as records.",
            input.ref().element());
      }
    }
    switch (step.kind()) {
      case FILTER:
        if (method.getReturnType().getKind() != TypeKind.BOOLEAN) {
          diagnostics.error(Tag.STEP_SIGNATURE, what + " returns " + TypeNames.of(method.getReturnType())
              + "; a filter returns boolean: true keeps the row.", method);
        }
        break;
      case FLAT_MAP:
        if (step.outputType() == null || records.read(step.outputType()).isEmpty()) {
          diagnostics.error(Tag.STEP_SIGNATURE, what + " returns " + TypeNames.of(method.getReturnType())
              + "; a flat map returns a List, Iterable or Stream of a record.", method);
        }
        break;
      case JOIN:
        JoinType type = ((StepSpec.JoinSpec) step.spec()).type();
        if (type == JoinType.SEMI || type == JoinType.ANTI) {
          diagnostics.error(Tag.STEP_SIGNATURE, what + " is a join of type " + type + ", which keeps left rows as they are;"
              + " declare it on a field of the left record type: @Join(left = \"...\", right = \"...\", on = \"...\","
              + " type = " + type + ") Left " + step.name() + ";", method, step.annotation());
        }
        requireRecordOutput(step, what, diagnostics);
        break;
      default:
        requireRecordOutput(step, what, diagnostics);
    }
  }

  private void requireRecordOutput(Step step, String what, Diagnostics diagnostics) {
    if (records.read(step.outputType()).isEmpty()) {
      diagnostics.error(Tag.STEP_SIGNATURE, what + " returns " + TypeNames.of(step.outputType())
          + "; a step's output rows are records, so return a record.", step.element());
    }
  }

  /** Generated code converts the step's records from its own package, so they must be visible there. */
  private void requireVisibleOutput(Step step, Diagnostics diagnostics) {
    records.read(step.outputType()).ifPresent(record -> {
      for (Element e = record.element(); e instanceof javax.lang.model.element.TypeElement; e = e.getEnclosingElement()) {
        if (e.getModifiers().contains(Modifier.PRIVATE)) {
          diagnostics.error(Tag.STEP_SIGNATURE, "Record " + record.simpleName() + ", the output of step '" + step.name()
              + "', is private; make it package-private so the generated row conversion can build it.", record.element());
          return;
        }
      }
    });
  }

  private void checkField(Step step, Diagnostics diagnostics) {
    String what = "Step '" + step.name() + "' (@" + step.kind().annotation() + ")";
    if (records.read(step.outputType()).isEmpty()) {
      diagnostics.error(Tag.STEP_SIGNATURE, what + " is declared as " + TypeNames.of(step.outputType())
          + "; the field's type is the step's output record, so declare it as a record.", step.element());
    }
    if (step.kind() == StepKind.UNION && step.inputs().size() < 2) {
      diagnostics.error(Tag.STEP_SIGNATURE, what + " reads " + step.inputs().size() + " input(s); a union reads"
          + " two or more, as in from = {\"a\", \"b\"}.", step.element(), step.annotation());
    }
    if (step.kind() != StepKind.JOIN) {
      for (InputRef input : step.inputs()) {
        if (input.name().isBlank()) {
          diagnostics.error(Tag.UNKNOWN_INPUT, what + " names no input; write from = \"step\" or from ="
              + " \"database.table\".", input.ref());
        }
      }
    }
    if (step.kind() == StepKind.JOIN) {
      for (InputRef side : step.inputs()) {
        if (side.name().isEmpty()) {
          diagnostics.error(Tag.STEP_SIGNATURE, what + " needs both left and right inputs named.", side.ref());
        }
      }
    }
  }
}
