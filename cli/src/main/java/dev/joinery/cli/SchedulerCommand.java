package dev.joinery.cli;

import dev.joinery.catalog.TriggerFirings;
import dev.joinery.scheduler.Scheduler;
import dev.joinery.scheduler.clock.Sleeper;
import dev.joinery.scheduler.launch.ProcessLauncher;
import dev.joinery.scheduler.workflow.JobRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code joinery scheduler}: starts the jobs of the class path on their triggers until stopped.
 * SIGTERM or Ctrl-C stops it cleanly: nothing more starts, queued firings are recorded as skipped,
 * running runs finish (for up to {@code --finish-for}) or are stopped, and every end is recorded.
 */
@Command(name = "scheduler", description = "Runs jobs on their cron schedules, other jobs' outcomes and new files,"
    + " each in a JVM of its own, until stopped (SIGTERM or Ctrl-C stops it cleanly).")
final class SchedulerCommand implements Callable<Integer> {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  @Mixin ProjectCatalog project;

  @Option(names = "--tick", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "How often it looks at the clock, its runs and its folders (default 1s).")
  Duration tick;

  @Option(names = "--finish-for", paramLabel = "DURATION", defaultValue = "0s", converter = DurationConverter.class,
      description = "On stop, let running runs finish for up to this long before stopping them (default: stop them at once).")
  Duration finishFor;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL of every run (default local[*]).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting of every run; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() throws InterruptedException {
    JobRegistry registry = JobRegistry.fromClassPath(Thread.currentThread().getContextClassLoader(), project.baseDir);
    if (registry.jobs().isEmpty()) {
      System.err.println("No Joinery jobs on the classpath.");
      return 2;
    }
    TriggerFirings firings = new TriggerFirings(project.open());
    List<String> runOptions = new ArrayList<>();
    if (master != null) {
      runOptions.addAll(List.of("--master", master));
    }
    conf.forEach((k, v) -> runOptions.addAll(List.of("--conf", k + "=" + v)));
    List<String> java = new ArrayList<>(ProcessLauncher.javaLikeThisOne());
    if (Files.isExecutable(SETSID)) {
      // Runs in sessions of their own: a Ctrl-C in the scheduler's terminal reaches the scheduler only,
      // which stops them itself and records it, instead of every run dying at once unrecorded.
      java.add(0, SETSID.toString());
    }
    ProcessLauncher launcher = new ProcessLauncher(java, project.baseDir, runOptions, firings);
    Clock clock = Clock.systemUTC();
    Scheduler scheduler = new Scheduler(registry, launcher, firings, clock,
        line -> System.out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + "  " + line));

    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.set(true);
      try {
        stopped.await(); // the JVM ends when this hook does: after the loop below recorded every run's end
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "joinery-scheduler-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      scheduler.start();
      registry.jobs().forEach(job -> scheduler.nextSlot(job.name()).ifPresent(next ->
          System.out.println(job.name() + ": next cron slot " + next)));
      System.out.println("Scheduler started for " + registry.jobs().size() + " jobs; runs log to "
          + project.baseDir.resolve(".joinery/scheduler") + ". Stop with Ctrl-C or SIGTERM.");
      while (!stop.get()) {
        try {
          scheduler.tick();
        } catch (RuntimeException e) {
          // A catalog that is briefly unreachable, a folder that cannot be listed: say so and try on the next tick.
          System.err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + "  tick failed, trying again: "
              + e.getMessage());
        }
        Sleeper.REAL.sleep(tick);
      }
      System.out.println("Stopping: " + (finishFor.isZero() ? "stopping running runs" : "letting running runs finish for up to " + finishFor));
      scheduler.shutdown(finishFor, Duration.ofSeconds(30), Sleeper.REAL);
      System.out.println("Scheduler stopped.");
      return 0;
    } finally {
      stopped.countDown();
    }
  }
}
