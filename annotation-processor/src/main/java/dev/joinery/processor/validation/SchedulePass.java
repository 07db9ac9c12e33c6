package dev.joinery.processor.validation;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.reading.AnnotationValues;

/** Checks that job schedules are Unix cron expressions. */
public final class SchedulePass implements ValidationPass {
  private final CronParser parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  private final AnnotationValues annotations;

  public SchedulePass(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      if (job.schedule().isBlank()) {
        continue;
      }
      try {
        parser.parse(job.schedule()).validate();
      } catch (IllegalArgumentException e) {
        diagnostics.error(Tag.BAD_SCHEDULE, "Schedule '" + job.schedule() + "' of job " + job.name()
            + " is not a Unix cron expression (minute hour day-of-month month day-of-week, as in \"0 2 * * *\"): "
            + e.getMessage(), job.element(), job.annotation(), annotations.value(job.annotation(), "schedule"));
      }
    }
  }
}
