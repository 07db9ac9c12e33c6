package dev.joinery.review.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code joinery diff} and {@code joinery lineage export}: reviewing lineage changes without Spark. */
@Command(
    name = "joinery",
    mixinStandardHelpOptions = true,
    version = "joinery 0.1.0",
    description = "Reviews lineage changes between two Joinery builds.",
    subcommands = {DiffCommand.class, LineageCommand.class})
public final class ReviewCli {

  public static void main(String[] args) {
    System.exit(new CommandLine(new ReviewCli()).execute(args));
  }
}
