package dev.joinery.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Runs a job of the project: on local Spark, or on the cluster {@code -Dmaster} names. */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends CliMojo {
  /** The job's name, as {@code mvn joinery:list} shows it. */
  @Parameter(property = "job", required = true)
  String job;

  /** A Spark master URL, for example {@code spark://host:7077}; local Spark when not set. */
  @Parameter(property = "master")
  String master;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("run", job));
    if (master != null) {
      command.addAll(List.of("--master", master));
    }
    return command;
  }
}
