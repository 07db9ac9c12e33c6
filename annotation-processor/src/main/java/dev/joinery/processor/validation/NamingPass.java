package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.Step;
import java.util.HashMap;
import java.util.Map;

/** Checks that step names are unique within a job and job names within the build. */
public final class NamingPass implements ValidationPass {

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    Map<String, JobModel> jobs = new HashMap<>();
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      JobModel first = jobs.putIfAbsent(job.name(), job);
      if (first != null) {
        diagnostics.error(Tag.DUPLICATE_JOB, "Job name '" + job.name() + "' is already used by "
            + first.element().getQualifiedName() + "; `joinery run` needs one job per name. Rename one of them.",
            job.element(), job.annotation());
      }
      Map<String, Step> steps = new HashMap<>();
      for (Step step : job.steps()) {
        Step earlier = steps.putIfAbsent(step.name(), step);
        if (earlier != null) {
          diagnostics.error(Tag.DUPLICATE_STEP, "Job " + job.name() + " already has a step named '" + step.name()
              + "'; inputs refer to steps by name, so give each step its own (overloads are not steps).",
              step.element());
        }
      }
    }
  }
}
