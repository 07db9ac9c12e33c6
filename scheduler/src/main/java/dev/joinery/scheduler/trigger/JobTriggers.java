package dev.joinery.scheduler.trigger;

import dev.joinery.annotations.JobState;
import dev.joinery.annotations.Trigger;
import dev.joinery.scheduler.launch.RunLimits;
import java.time.Duration;
import java.util.List;

/**
 * What starts one job and how its runs run, as its annotations declared them (read from the
 * build's {@code META-INF/joinery-triggers/<job>.json}).
 *
 * @param schedule a Unix cron expression, empty for none
 * @param workflow the workflow's name, empty for none
 * @param afterWriters also wait for the jobs that write what this one reads, each succeeded
 * @param newFiles source tables whose new files start a run
 */
public record JobTriggers(String job, String schedule, String workflow, Trigger.Logic logic, List<Condition> after,
    boolean afterWriters, List<String> newFiles, Duration poll, Trigger.CatchUp catchUp, RunLimits limits) {

  /** Start when {@code job}'s run ends in {@code state}. */
  public record Condition(String job, JobState state) {}

  public JobTriggers {
    after = List.copyOf(after);
    newFiles = List.copyOf(newFiles);
  }

  /** A job whose build wrote no descriptor (compiled before triggers existed): its schedule only. */
  public static JobTriggers scheduleOnly(String job, String schedule) {
    return new JobTriggers(job, schedule, "", Trigger.Logic.ALL, List.of(), false, List.of(), Duration.ofMinutes(1),
        Trigger.CatchUp.NONE, RunLimits.DEFAULT);
  }
}
