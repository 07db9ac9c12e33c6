package dev.joinery.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.codegen.RowsClass;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.Step;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Checks that step names are unique within a job and job names within the build, and that the
 * classes Joinery generates get file names the file system takes.
 */
public final class NamingPass implements ValidationPass {
  /** The longest file name, in bytes, of the common file systems (ext4, APFS, NTFS). */
  private static final int MAX_FILE_NAME_BYTES = 255;

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    Map<String, JobModel> jobs = new HashMap<>();
    Set<TypeElement> records = new LinkedHashSet<>();
    Set<TypeElement> tooLong = new HashSet<>();
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      JobModel first = jobs.putIfAbsent(job.name(), job);
      if (first != null) {
        diagnostics.error(Tag.DUPLICATE_JOB, "Job name '" + job.name() + "' is already used by "
            + first.element().getQualifiedName() + "; `joinery run` needs one job per name. Rename one of them.",
            job.element(), job.annotation());
      }
      if (!hasShortFileName(RowsClass.jobOf(job.element()), job.element(), "runner", diagnostics)) {
        tooLong.add(job.element());
      }
      Map<String, Step> steps = new HashMap<>();
      for (Step step : job.steps()) {
        Step earlier = steps.putIfAbsent(step.name(), step);
        if (earlier != null) {
          diagnostics.error(Tag.DUPLICATE_STEP, "Job " + job.name() + " already has a step named '" + step.name()
              + "'; inputs refer to steps by name, so give each step its own (overloads are not steps).",
              step.element());
        }
        graph.output(step).record().ifPresent(r -> records.add(r.element()));
      }
    }
    build.catalog().tables().forEach(t -> records.add(t.record().element()));
    for (TypeElement record : records) {
      // A record nested in a class whose name is already too long has the same fix: once is enough.
      if (!tooLong.contains(record.getEnclosingElement())) {
        hasShortFileName(RowsClass.of(record), record, "row conversion", diagnostics);
      }
    }
  }

  /** Whether the generated class's file names fit file systems; reports it if not. */
  private static boolean hasShortFileName(ClassName generated, TypeElement origin, String what,
      Diagnostics diagnostics) {
    int bytes = (generated.simpleName() + ".class").getBytes(StandardCharsets.UTF_8).length;
    if (bytes <= MAX_FILE_NAME_BYTES) {
      return true;
    }
    diagnostics.error(Tag.JOB_DEFINITION, "The " + what + " class Joinery generates for " + origin.getSimpleName()
        + " would be named " + generated.simpleName().substring(0, 20) + "..., " + bytes + " bytes with its"
        + " extension, and file systems take " + MAX_FILE_NAME_BYTES + "; shorten the class name.", origin);
    return false;
  }
}
