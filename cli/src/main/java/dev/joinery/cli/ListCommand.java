package dev.joinery.cli;

import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.TableSpec;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

@Command(name = "list", description = "Lists the jobs on the classpath with what they read and write.")
final class ListCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    JobCatalog catalog = new JobCatalog(Thread.currentThread().getContextClassLoader());
    if (catalog.jobs().isEmpty()) {
      System.out.println("No Joinery jobs on the classpath.");
      return 1;
    }
    for (JoineryJob job : catalog.jobs()) {
      System.out.printf("%s%s%n", job.name(), job.schedule().isEmpty() ? "" : "  (schedule: " + job.schedule() + ")");
      if (!job.description().isEmpty()) {
        System.out.printf("    %s%n", job.description().lines().findFirst().orElse(""));
      }
      System.out.printf("    reads:  %s%n", job.sources().stream().map(TableSpec::name).collect(Collectors.joining(", ")));
      if (!job.bookmarked().isEmpty()) {
        System.out.printf("    bookmarks: %s (only files no successful run read)%n", String.join(", ", job.bookmarked()));
      }
      System.out.printf("    writes: %s%n", job.sinks().stream().map(s -> s.table().name()).collect(Collectors.joining(", ")));
      System.out.printf("    steps:  %s%n", String.join(" -> ", job.steps()));
    }
    return 0;
  }
}
