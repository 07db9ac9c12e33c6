package dev.joinery.cli;

import dev.joinery.annotations.JobState;
import dev.joinery.catalog.TriggerFirings;
import dev.joinery.scheduler.airflow.AirflowDag;
import dev.joinery.scheduler.clock.Sleeper;
import dev.joinery.scheduler.launch.ProcessLauncher;
import dev.joinery.scheduler.workflow.JobDefinition;
import dev.joinery.scheduler.workflow.JobRegistry;
import dev.joinery.scheduler.workflow.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code joinery workflow list|run|export}: workflows, the named groups of jobs ({@code @Workflow}). */
@Command(name = "workflow", description = "Lists, runs and exports workflows: the jobs of a @Workflow in dependency order.",
    subcommands = {WorkflowCommand.ListWorkflows.class, WorkflowCommand.Run.class, WorkflowCommand.Export.class})
final class WorkflowCommand {

  static JobRegistry registry(Path baseDir) {
    return JobRegistry.fromClassPath(Thread.currentThread().getContextClassLoader(), baseDir);
  }

  @Command(name = "list", description = "Each workflow with its jobs in the order `workflow run` runs them.")
  static final class ListWorkflows implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Override
    public Integer call() {
      JobRegistry registry = registry(project.baseDir);
      if (registry.workflows().isEmpty()) {
        System.out.println("No job declares @Workflow.");
      }
      for (String workflow : registry.workflows()) {
        System.out.println(workflow + ": " + registry.workflow(workflow).stream().map(JobDefinition::name)
            .collect(Collectors.joining(" -> ")));
      }
      return 0;
    }
  }

  @Command(name = "run", description = "Runs a workflow's jobs now, one after another in dependency order, each in a JVM"
      + " of its own with its run policy; a job whose upstream failed is skipped.")
  static final class Run implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    @Parameters(index = "0", paramLabel = "WORKFLOW", description = "The workflow's name, as `workflow list` shows it.")
    String name;

    @Override
    public Integer call() throws InterruptedException {
      JobRegistry registry = registry(project.baseDir);
      TriggerFirings firings = new TriggerFirings(project.open());
      WorkflowRun run = new WorkflowRun(registry, new ProcessLauncher(ProcessLauncher.javaLikeThisOne(), project.baseDir,
          List.of(), firings), firings, Clock.systemUTC(), Sleeper.REAL, System.out::println);
      Map<String, JobState> outcomes;
      try {
        outcomes = run.run(name);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
      boolean succeeded = outcomes.values().stream().allMatch(s -> s == JobState.SUCCEEDED);
      System.out.println("Workflow " + name + (succeeded ? " succeeded." : " did not succeed: " + outcomes.entrySet().stream()
          .filter(e -> e.getValue() != JobState.SUCCEEDED)
          .map(e -> e.getKey() + " " + Objects.requireNonNullElse(e.getValue(), "SKIPPED")).collect(Collectors.joining(", "))
          + "; `joinery triggers` and `joinery runs` say why."));
      return succeeded ? 0 : 1;
    }
  }

  @Command(name = "export", description = "Writes the workflows (and the other jobs, grouped by their triggers) as an"
      + " Airflow DAG file of SparkSubmitOperator tasks on the app jar.")
  static final class Export implements Callable<Integer> {
    @Mixin ProjectCatalog project;

    static final class Format {
      @Option(names = "--airflow", required = true, description = "An Airflow DAG file (Python).")
      boolean airflow;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Option(names = "--app-jar", paramLabel = "PATH", description = "The app jar the tasks submit (default: the one"
        + " beside the jobs' classes, as `mvn package` writes it).")
    String appJar;

    @Option(names = "--run-base-dir", paramLabel = "DIR", description = "The --base-dir the tasks pass to their runs"
        + " (default: none, so locations resolve against the Spark driver's working directory).")
    String runBaseDir;

    @Override
    public Integer call() throws IOException {
      JobRegistry registry = registry(project.baseDir);
      if (registry.jobs().isEmpty()) {
        System.err.println("No Joinery jobs on the classpath.");
        return 2;
      }
      String jar = appJar;
      if (jar == null) {
        try {
          jar = AppJar.forClass(Class.forName(registry.jobs().get(0).mainClass(), false,
              Thread.currentThread().getContextClassLoader())).toAbsolutePath().toString();
        } catch (AppJar.NotFound | ClassNotFoundException e) {
          System.err.println(e.getMessage());
          return 2;
        }
      }
      String dag = AirflowDag.write(registry, jar, runBaseDir == null ? List.of() : List.of("--base-dir", runBaseDir));
      if (out == null) {
        System.out.print(dag);
      } else {
        Files.writeString(out, dag);
        System.out.println("Wrote " + out);
      }
      return 0;
    }
  }
}
