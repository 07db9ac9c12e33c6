package dev.joinery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code joinery} command line. */
@Command(
    name = "joinery",
    mixinStandardHelpOptions = true,
    version = "joinery 0.1.0",
    description = "Runs and inspects Joinery jobs compiled onto the classpath, and queries the project's catalog.",
    subcommands = {ListCommand.class, RunCommand.class, ExplainCommand.class, CatalogCommand.class,
        SqlCommand.class, TableCommand.class, RunsCommand.class, WatchCommand.class, BookmarkCommand.class,
        QualityCommand.class, SchedulerCommand.class, TriggersCommand.class, WorkflowCommand.class,
        ConnectionCommand.class, CrawlCommand.class})
public final class JoineryCli {

  public static void main(String[] args) {
    dev.joinery.runtime.DefaultLogging.applyUnlessConfigured();
    System.exit(new CommandLine(new JoineryCli()).execute(args));
  }

  /** The {@code main} of a generated job class: {@code joinery run} with the job already chosen. */
  public static void runJob(dev.joinery.runtime.JoineryJob job, String[] args) {
    dev.joinery.runtime.DefaultLogging.applyUnlessConfigured();
    System.exit(new CommandLine(new RunCommand(job)).execute(args));
  }
}
