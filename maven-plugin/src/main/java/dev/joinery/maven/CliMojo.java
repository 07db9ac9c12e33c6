package dev.joinery.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal that runs one {@code joinery} command in a JVM of its own, on the project's classpath
 * (its classes, its dependencies and Spark, which the project has as provided). A JVM of its own
 * because Spark on Java 17 needs {@code --add-opens} flags that Maven's JVM was not started with,
 * and because a job run must not share Maven's class loaders.
 */
abstract class CliMojo extends AbstractMojo {
  private static final String CLI_MAIN = "dev.joinery.cli.JoineryCli";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** More options for the JVM the command runs in, space-separated, for example {@code -Xmx8g}. */
  @Parameter(property = "joinery.jvmArgs")
  String jvmArgs;

  /** More arguments for the command, space-separated, as {@code joinery <command> --help} lists them. */
  @Parameter(property = "joinery.args")
  String args;

  /** The command and its arguments, for example {@code run daily_revenue}. */
  abstract List<String> command() throws MojoFailureException;

  /** Whether the project's output directory is on the command's classpath; the watcher loads it itself. */
  boolean classesOnClasspath() {
    return true;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> command = new ArrayList<>(command());
    command.addAll(words(args));
    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.addAll(SparkJvmOptions.list());
    java.addAll(words(jvmArgs));
    java.add("-cp");
    java.add(String.join(File.pathSeparator, classpath()));
    java.add(CLI_MAIN);
    java.addAll(command);
    getLog().debug("Running " + String.join(" ", java));

    ProcessBuilder builder = new ProcessBuilder(java).directory(project.getBasedir()).inheritIO();
    // Spark otherwise looks up the machine's name and warns when it resolves to a loopback address.
    builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    int exit;
    Process process = null;
    try {
      process = builder.start();
      exit = process.waitFor();
    } catch (IOException e) {
      throw new MojoExecutionException("Could not start " + java.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted", e);
    }
    if (exit != 0) {
      throw new MojoFailureException("joinery " + commandName() + " failed (exit code " + exit + "); its message is above.");
    }
  }

  /** The command's name, for messages. */
  String commandName() throws MojoFailureException {
    return command().get(0);
  }

  private List<String> classpath() throws MojoExecutionException, MojoFailureException {
    Set<String> elements = new LinkedHashSet<>();
    try {
      // Compile elements bring provided Spark; runtime elements bring runtime-only drivers.
      elements.addAll(project.getCompileClasspathElements());
      elements.addAll(project.getRuntimeClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's dependencies are not resolved: " + e.getMessage(), e);
    }
    if (!classesOnClasspath()) {
      elements.remove(project.getBuild().getOutputDirectory());
    }
    if (elements.stream().noneMatch(element -> new File(element).getName().startsWith("joinery-cli"))) {
      throw new MojoFailureException("The project does not depend on dev.joinery:joinery-cli, which the joinery goals run;"
          + " add it (the parent dev.joinery:joinery-starter-parent does).");
    }
    return new ArrayList<>(elements);
  }

  static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
  }
}
