package dev.joinery.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The dev loop: compiles the project's sources, shows the first rows the job (or one step,
 * {@code -Dstep=...}) makes from the sample data, and again at every saved change, in one warm JVM.
 */
@Mojo(name = "watch", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class WatchMojo extends CliMojo {
  /** The job's name, as {@code mvn joinery:list} shows it. */
  @Parameter(property = "job", required = true)
  String job;

  /** A step of the job whose rows to show instead of the outputs'. */
  @Parameter(property = "step")
  String step;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("watch", job,
        "--sources", String.join(",", project.getCompileSourceRoots()),
        "--classes", new File(project.getBuild().getDirectory(), "joinery-watch").getPath(),
        "--processor-path", processorPath()));
    if (step != null) {
      command.addAll(List.of("--step", step));
    }
    for (String option : processorOptions()) {
      command.addAll(List.of("--processor-option", option));
    }
    return command;
  }

  /** The watcher compiles in its own class loader; it must not also find the build's compiled classes. */
  @Override
  boolean classesOnClasspath() {
    return false;
  }

  /** The Joinery processor and what it needs: this plugin's own dependencies. */
  private String processorPath() {
    List<String> jars = new ArrayList<>();
    for (Artifact artifact : plugin.getArtifacts()) {
      jars.add(artifact.getFile().getPath());
    }
    return String.join(File.pathSeparator, jars);
  }

  /** The {@code -A} options the project gives the compiler, so the loop compiles as the build does. */
  private List<String> processorOptions() {
    List<String> options = new ArrayList<>();
    Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
    if (compiler == null || !(compiler.getConfiguration() instanceof Xpp3Dom configuration)) {
      return options;
    }
    Xpp3Dom args = configuration.getChild("compilerArgs");
    if (args != null) {
      for (Xpp3Dom arg : args.getChildren()) {
        String value = arg.getValue();
        if (value != null && value.startsWith("-A") && !value.startsWith("-Ajoinery.docsDir=")) {
          options.add(value.substring(2));
        }
      }
    }
    return options;
  }
}
