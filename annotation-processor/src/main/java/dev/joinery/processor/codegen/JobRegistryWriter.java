package dev.joinery.processor.codegen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Lists the generated job classes in {@code META-INF/services}, sorted, which is how {@code joinery list} finds them. */
public final class JobRegistryWriter {
  public static final String SERVICE_FILE = "META-INF/services/dev.joinery.runtime.JoineryJob";

  private JobRegistryWriter() {}

  public static void write(Filer filer, SortedSet<String> jobClasses) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE);
    try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String jobClass : jobClasses) {
        writer.write(jobClass);
        writer.write('\n');
      }
    }
  }
}
