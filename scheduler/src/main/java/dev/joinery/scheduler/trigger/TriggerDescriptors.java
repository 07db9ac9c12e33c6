package dev.joinery.scheduler.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.annotations.JobState;
import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import dev.joinery.scheduler.clock.Durations;
import dev.joinery.scheduler.launch.RunLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the trigger descriptor the annotation processor wrote for a job, {@code META-INF/joinery-triggers/<job>.json}. */
public final class TriggerDescriptors {
  public static final String DIR = "META-INF/joinery-triggers/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TriggerDescriptors() {}

  /** The job's triggers; its schedule only if its build wrote no descriptor. */
  public static JobTriggers read(ClassLoader loader, String job, String schedule) {
    try (InputStream in = loader.getResourceAsStream(DIR + job + ".json")) {
      return in == null ? JobTriggers.scheduleOnly(job, schedule) : parse(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the triggers of job " + job + ": " + e.getMessage(), e);
    }
  }

  static JobTriggers parse(JsonNode json) {
    List<JobTriggers.Condition> after = new ArrayList<>();
    json.path("after").forEach(c -> after.add(new JobTriggers.Condition(c.path("job").asText(),
        JobState.valueOf(c.path("state").asText()))));
    List<String> newFiles = new ArrayList<>();
    json.path("newFiles").forEach(t -> newFiles.add(t.asText()));
    Map<String, String> properties = new LinkedHashMap<>();
    json.path("properties").forEach(p -> {
      String[] kv = p.asText().split("=", 2);
      properties.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
    });
    RunLimits limits = new RunLimits(json.path("maxConcurrent").asInt(1),
        RunPolicy.WhenBusy.valueOf(json.path("whenBusy").asText("QUEUE")), Durations.parse(json.path("timeout").asText("")),
        json.path("retries").asInt(0), properties);
    return new JobTriggers(json.path("job").asText(), json.path("schedule").asText(""), json.path("workflow").asText(""),
        Trigger.Logic.valueOf(json.path("logic").asText("ALL")), after, json.path("afterWriters").asBoolean(false),
        newFiles, Durations.parse(json.path("poll").asText("1m")),
        Trigger.CatchUp.valueOf(json.path("catchUp").asText("NONE")), limits);
  }
}
