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
}
