package dev.joinery.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows a job's steps, which run as Spark expressions and which on the JVM, and Spark's plan. */
@Mojo(name = "explain", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ExplainMojo extends CliMojo {
  /** The job's name, as {@code mvn joinery:list} shows it. */
  @Parameter(property = "job", required = true)
  String job;

  @Override
  List<String> command() {
    return List.of("explain", job);
  }
}
