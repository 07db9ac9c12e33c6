package dev.joinery.scheduler.workflow;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.JobState;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.TableSpec;
import dev.joinery.scheduler.trigger.JobTriggers;
import dev.joinery.scheduler.trigger.TriggerDescriptors;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The jobs the scheduler runs and how they depend on each other: declared {@code @After}
 * conditions, and the writers of the tables a job reads, derived from what each job reads and
 * writes.
 */
public final class JobRegistry {
  /**
   * A job another waits for.
   *
   * @param table for a dependency derived from lineage, the table {@code job} writes; null for a declared one
   */
  public record Upstream(String job, JobState state, String table) {
    public boolean derived() {
      return table != null;
    }
  }

  private final List<JobDefinition> jobs;

  public JobRegistry(List<JobDefinition> jobs) {
    this.jobs = jobs.stream().sorted(Comparator.comparing(JobDefinition::name)).toList();
  }

  /** The jobs compiled onto the class path (as {@code joinery list} finds them), with their descriptors. */
  public static JobRegistry fromClassPath(ClassLoader loader, Path baseDir) {
    List<JobDefinition> jobs = new ArrayList<>();
    for (JoineryJob job : ServiceLoader.load(JoineryJob.class, loader)) {
      JobTriggers triggers = TriggerDescriptors.read(loader, job.name(), job.schedule());
      Map<String, Path> folders = new LinkedHashMap<>();
      for (TableSpec source : job.sources()) {
        // Folders on this machine only: an object store's new objects want its own notifications.
        boolean local = !source.location().contains(":/") || source.location().startsWith("file:");
        if (triggers.newFiles().contains(source.name()) && source.format() != Format.ICEBERG && local) {
          folders.put(source.name(), folder(baseDir, source.location()));
        }
      }
      jobs.add(new JobDefinition(job.name(), job.getClass().getName(), triggers,
          job.sources().stream().map(TableSpec::name).toList(), job.sinks().stream().map(s -> s.table().name()).toList(),
          folders));
    }
    return new JobRegistry(jobs);
  }

  private static Path folder(Path baseDir, String location) {
    return location.startsWith("file:") ? Path.of(URI.create(location))
        : baseDir.resolve(location).toAbsolutePath().normalize();
  }

  public List<JobDefinition> jobs() {
    return jobs;
  }

  public Optional<JobDefinition> find(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  public Optional<JobDefinition> writerOf(String table) {
    return jobs.stream().filter(j -> j.writes().contains(table)).findFirst();
  }

  /** What starts {@code job}: its {@code @After} conditions, and with {@code afterWriters} the writers of its inputs. */
  public List<Upstream> triggersOf(JobDefinition job) {
    List<Upstream> upstream = new ArrayList<>();
    job.triggers().after().forEach(c -> upstream.add(new Upstream(c.job(), c.state(), null)));
    if (job.triggers().afterWriters()) {
      upstream.addAll(writersOfInputs(job));
    }
    return upstream;
  }

  /** What must run before {@code job} in a workflow: its {@code @After} jobs and the writers of its inputs. */
  public List<Upstream> dependenciesOf(JobDefinition job) {
    List<Upstream> upstream = new ArrayList<>();
    job.triggers().after().forEach(c -> upstream.add(new Upstream(c.job(), c.state(), null)));
    writersOfInputs(job).stream().filter(w -> upstream.stream().noneMatch(u -> u.job().equals(w.job())))
        .forEach(upstream::add);
    return upstream;
  }

  private List<Upstream> writersOfInputs(JobDefinition job) {
    List<Upstream> writers = new ArrayList<>();
    for (String table : job.reads()) {
      writerOf(table).filter(w -> !w.name().equals(job.name()))
          .ifPresent(w -> writers.add(new Upstream(w.name(), JobState.SUCCEEDED, table)));
    }
    return writers;
  }

  /** Declared workflow names, sorted. */
  public List<String> workflows() {
    return List.copyOf(new TreeSet<>(jobs.stream().map(j -> j.triggers().workflow()).filter(w -> !w.isEmpty()).toList()));
  }

  /** The jobs of a workflow, in dependency order. */
  public List<JobDefinition> workflow(String name) {
    return DependencyOrder.of(this, jobs.stream().filter(j -> j.triggers().workflow().equals(name)).toList());
  }
}
