package dev.joinery.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Any {@code joinery} command on the project's classpath, for those without a goal of their own:
 * {@code mvn joinery:cli -Djoinery.args="bookmark show order_ledger"}, {@code "runs --limit 5"}.
 */
@Mojo(name = "cli", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class CommandMojo extends CliMojo {
  @Override
  List<String> command() throws MojoFailureException {
    if (args == null || args.isBlank()) {
      throw new MojoFailureException("Name the command: -Djoinery.args=\"runs\" (joinery --help lists them).");
    }
    return List.of();
  }

  /** The command itself is in {@code joinery.args}, which {@link CliMojo} appends. */
  @Override
  String commandName() {
    return CliMojo.words(args).get(0);
  }
}
