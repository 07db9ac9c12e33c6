package dev.joinery.processor.codegen;

import java.util.SortedSet;

/** Lists the generated job classes in {@code META-INF/services}, sorted, which is how {@code joinery list} finds them. */
public final class JobRegistryWriter {
  public static final String SERVICE_FILE = "META-INF/services/dev.joinery.runtime.JoineryJob";

  private JobRegistryWriter() {}

  /** The service file's content: one job class per line. */
  public static String content(SortedSet<String> jobClasses) {
    StringBuilder content = new StringBuilder();
    jobClasses.forEach(jobClass -> content.append(jobClass).append('\n'));
    return content.toString();
  }
}
