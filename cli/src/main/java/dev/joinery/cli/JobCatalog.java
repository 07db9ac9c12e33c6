package dev.joinery.cli;

import dev.joinery.runtime.JoineryJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The jobs compiled onto the classpath, as the annotation processor listed them. */
final class JobCatalog {
  private final List<JoineryJob> jobs = new ArrayList<>();

  JobCatalog(ClassLoader loader) {
    ServiceLoader.load(JoineryJob.class, loader).forEach(jobs::add);
    jobs.sort(Comparator.comparing(JoineryJob::name));
  }

  List<JoineryJob> jobs() {
    return jobs;
  }

  Optional<JoineryJob> find(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  /** The job of the context class loader's classpath named {@code name}; if there is none, says so on stderr. */
  static Optional<JoineryJob> findOrReport(String name) {
    Optional<JoineryJob> job = name == null ? Optional.empty()
        : new JobCatalog(Thread.currentThread().getContextClassLoader()).find(name);
    if (job.isEmpty()) {
      System.err.println(name == null ? "Name the job; `joinery list` shows them."
          : "No job named '" + name + "' on the classpath; `joinery list` shows them.");
    }
    return job;
  }
}
