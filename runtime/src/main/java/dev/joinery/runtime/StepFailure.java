package dev.joinery.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run that failed while writing a table, for reasons other than its data: the message names the
 * job, the table and, when the failure came out of a step's own code (a JVM step that threw), that
 * step, with the root cause in a line. Spark's stack trace stays in the cause, for the log.
 */
public final class StepFailure extends RuntimeException {
  private StepFailure(String message, Throwable cause) {
    super(message, cause);
  }

  static StepFailure writing(JoineryJob job, SinkSpec sink, Throwable failure) {
    Throwable root = failure;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (root.getCause() != null && seen.add(root)) {
      root = root.getCause();
    }
    String cause = root.getMessage() == null ? root.getClass().getName()
        : root.getClass().getName() + ": " + root.getMessage().lines().findFirst().orElse("");
    String where = stepOf(job, failure).map(step -> ": step '" + step + "' threw " + cause)
        .orElse(" (from step '" + sink.step() + "'): " + cause);
    return new StepFailure("Job " + job.name() + " failed writing table " + sink.table().name() + where, failure);
  }

  /**
   * The step whose method is on the failure's stack: a frame (or, for a task that failed on an
   * executor, a line of Spark's message) in the job's package, named after one of its steps, in a
   * class other than the generated runner.
   */
  static Optional<String> stepOf(JoineryJob job, Throwable failure) {
    String runner = job.getClass().getName();
    String pkg = job.getClass().getPackageName();
    List<String> steps = job.steps();
    Pattern frame = Pattern.compile("at " + Pattern.quote(pkg) + "\\.([\\w$]+)\\.([\\w$]+)\\(");
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      for (StackTraceElement element : t.getStackTrace()) {
        if (element.getClassName().startsWith(pkg + ".") && !element.getClassName().startsWith(runner)
            && steps.contains(element.getMethodName())) {
          return Optional.of(element.getMethodName());
        }
      }
      if (t.getMessage() != null) {
        Matcher m = frame.matcher(t.getMessage());
        while (m.find()) {
          if (!(pkg + "." + m.group(1)).startsWith(runner) && steps.contains(m.group(2))) {
            return Optional.of(m.group(2));
          }
        }
      }
    }
    return Optional.empty();
  }
}
