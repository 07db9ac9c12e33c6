package dev.joinery.scheduler.workflow;

import dev.joinery.scheduler.trigger.JobTriggers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A job as the scheduler knows it: its triggers, the tables it reads and writes (from the job
 * registry, the same model lineage comes from), and where the files of its {@code newFiles}
 * tables arrive.
 *
 * @param mainClass the generated class whose {@code main} runs the job, for {@code spark-submit}
 * @param fileFolders per {@code newFiles} table, its local folder
 */
public record JobDefinition(String name, String mainClass, JobTriggers triggers, List<String> reads,
    List<String> writes, Map<String, Path> fileFolders) {

  public JobDefinition {
    reads = List.copyOf(reads);
    writes = List.copyOf(writes);
    fileFolders = Map.copyOf(fileFolders);
  }
}
