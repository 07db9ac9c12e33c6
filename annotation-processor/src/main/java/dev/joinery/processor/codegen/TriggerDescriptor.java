package dev.joinery.processor.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TriggerModel;

/**
 * {@code META-INF/joinery-triggers/<job>.json}: what starts a job and how its runs run, for the
 * scheduler and the Airflow export (the annotations are gone at run time). Upstream jobs derived
 * from lineage are not listed: the scheduler derives them from the job registry, so jobs compiled
 * elsewhere count too.
 */
public final class TriggerDescriptor {
  public static final String DIR = "META-INF/joinery-triggers/";
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static String path(JobModel job) {
    return DIR + job.name() + ".json";
  }

  public String of(JobModel job, TriggerModel triggers) {
    ObjectNode root = mapper.createObjectNode();
    root.put("job", job.name()).put("schedule", job.schedule()).put("workflow", triggers.workflow())
        .put("logic", triggers.logic().name());
    ArrayNode after = root.putArray("after");
    for (TriggerModel.Condition condition : triggers.after()) {
      after.addObject().put("job", condition.job()).put("state", condition.state().name());
    }
    root.put("afterWriters", triggers.afterWriters());
    ArrayNode newFiles = root.putArray("newFiles");
    triggers.newFiles().stream().map(NameRef::name).forEach(newFiles::add);
    root.put("poll", triggers.poll()).put("catchUp", triggers.catchUp().name())
        .put("maxConcurrent", triggers.maxConcurrent()).put("whenBusy", triggers.whenBusy().name())
        .put("timeout", triggers.timeout()).put("retries", triggers.retries());
    ArrayNode properties = root.putArray("properties");
    triggers.properties().stream().map(NameRef::name).forEach(properties::add);
    try {
      return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
