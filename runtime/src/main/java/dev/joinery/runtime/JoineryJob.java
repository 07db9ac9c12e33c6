package dev.joinery.runtime;

import java.util.List;

/**
 * A compiled job. The annotation processor generates one implementation per {@code @Job} class
 * and lists it in {@code META-INF/services}, which is how {@code joinery list} finds it.
 */
public interface JoineryJob {
  String name();

  /** The job class's Javadoc, empty if it has none. */
  String description();

  /** A cron expression, or empty for on-demand jobs. */
  String schedule();

  /** Step names in the order {@link #run} defines them. */
  List<String> steps();

  List<TableSpec> sources();

  List<SinkSpec> sinks();

  /** The steps whose rows every run samples ({@code @Spigot}); {@code joinery run --spigot} adds to them. */
  default List<Spigot> spigots() {
    return List.of();
  }

  /**
   * The source tables read incrementally ({@code @Job(bookmarks = ...)}): a run reads only their
   * files that no successful run of the job has processed.
   */
  default List<String> bookmarked() {
    return List.of();
  }

  /**
   * Defines the job's datasets and hands every sink's output to {@link JobRun#write}. Nothing is
   * visible to readers until the run commits.
   */
  void run(JobRun run);
}
