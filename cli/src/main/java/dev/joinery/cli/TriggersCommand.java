package dev.joinery.cli;

import dev.joinery.catalog.TriggerFirings;
import dev.joinery.catalog.TriggerFirings.Firing;
import dev.joinery.scheduler.clock.Durations;
import dev.joinery.scheduler.launch.RunLimits;
import dev.joinery.scheduler.workflow.JobDefinition;
import dev.joinery.scheduler.workflow.JobRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code joinery triggers}: what starts each job, then the trigger firings the catalog recorded. */
@Command(name = "triggers", description = "Shows what starts each job and the recent trigger firings: why a job was"
    + " started, queued or skipped, and how its run ended.")
final class TriggersCommand implements Callable<Integer> {
  @Mixin ProjectCatalog project;

  @Option(names = "--job", paramLabel = "JOB", description = "Only this job.")
  String job;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N firings (default 20).")
  int limit;

  @Override
  public Integer call() {
    JobRegistry registry = JobRegistry.fromClassPath(Thread.currentThread().getContextClassLoader(), project.baseDir);
    List<List<String>> jobs = new ArrayList<>();
    for (JobDefinition definition : registry.jobs()) {
      if (job != null && !definition.name().equals(job)) {
        continue;
      }
      String after = registry.triggersOf(definition).stream()
          .map(u -> u.job() + " " + u.state() + (u.derived() ? " (writes " + u.table() + ")" : ""))
          .collect(Collectors.joining(registry.triggersOf(definition).size() > 1
              ? (definition.triggers().logic().name().equals("ANY") ? " or " : " and ") : ""));
      jobs.add(List.of(definition.name(), definition.triggers().schedule().isEmpty() ? "-" : definition.triggers().schedule(),
          after.isEmpty() ? "-" : after,
          definition.fileFolders().isEmpty() ? "-" : String.join(", ", definition.fileFolders().keySet())
              + " every " + Durations.format(definition.triggers().poll()),
          limits(definition.triggers().limits()),
          definition.triggers().workflow().isEmpty() ? "-" : definition.triggers().workflow()));
    }
    Tables.print(System.out, List.of("job", "cron", "after", "new files", "runs", "workflow"), jobs);
    List<Firing> firings = new TriggerFirings(project.open()).recent(job, limit);
    System.out.println();
    if (firings.isEmpty()) {
      System.out.println("No trigger firings recorded" + (job == null ? "" : " for job " + job) + ".");
      return 0;
    }
    Tables.print(System.out, List.of("fired", "job", "kind", "action", "tries", "outcome", "run", "reason"),
        firings.stream().map(f -> List.of(f.firedAt().toString(), f.job(), f.kind(), f.action(),
            String.valueOf(f.attempts()), f.outcome() == null ? "-" : f.outcome(), f.runId() == null ? "-" : f.runId(),
            f.reason() + (f.slot() == null ? "" : " @ " + f.slot()))).toList());
    for (Firing f : firings) {
      if (f.message() != null) {
        System.out.printf("  %s %s: %s%n", f.job(), f.firedAt(), f.message());
      }
    }
    return 0;
  }

  private static String limits(RunLimits limits) {
    return limits.maxConcurrent() + " at once, " + limits.whenBusy().name().toLowerCase(java.util.Locale.ROOT)
        + (limits.timeout() == null ? "" : ", timeout " + Durations.format(limits.timeout()))
        + (limits.retries() == 0 ? "" : ", " + limits.retries() + " retries");
  }
}
