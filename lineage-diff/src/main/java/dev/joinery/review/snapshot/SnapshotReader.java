package dev.joinery.review.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.review.snapshot.Snapshot.Column;
import dev.joinery.review.snapshot.Snapshot.Dep;
import dev.joinery.review.snapshot.Snapshot.Job;
import dev.joinery.review.snapshot.Snapshot.Lineage;
import dev.joinery.review.snapshot.Snapshot.Step;
import dev.joinery.review.snapshot.Snapshot.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a {@link Snapshot} from a {@link SnapshotSource}. */
public final class SnapshotReader {
  private final ObjectMapper json = new ObjectMapper();

  public Snapshot read(SnapshotSource source) throws IOException {
    JsonNode build = parse(source, SnapshotSource.BUILD_FILE);
    TreeMap<String, Table> tables = new TreeMap<>();
    for (JsonNode t : build.path("tables")) {
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : t.path("columns")) {
        columns.add(new Column(c.path("name").asText(), c.path("type").asText(), c.path("nullable").asBoolean()));
      }
      tables.put(t.path("name").asText(), new Table(t.path("name").asText(), t.path("format").asText(),
          t.path("location").asText(), t.path("description").asText(), List.copyOf(columns)));
    }
    TreeMap<String, Job> jobs = new TreeMap<>();
    for (JsonNode j : build.path("jobs")) {
      String name = j.path("name").asText();
      jobs.put(name, job(parse(source, name + ".lineage.json")));
    }
    return new Snapshot(source.toString(), tables, jobs);
  }

  private JsonNode parse(SnapshotSource source, String file) throws IOException {
    String text = source.read(file);
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException(source + ": " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Job job(JsonNode root) {
    JsonNode job = root.path("job");
    List<String> inputs = new ArrayList<>();
    root.path("inputs").forEach(i -> inputs.add(i.path("name").asText()));
    Map<String, Lineage> outputs = new LinkedHashMap<>();
    for (JsonNode output : root.path("outputs")) {
      JsonNode facet = output.path("facets").path("columnLineage");
      Map<String, List<Dep>> fields = new LinkedHashMap<>();
      facet.path("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), deps(f.getValue().path("inputFields"))));
      outputs.put(output.path("name").asText(), new Lineage(fields, deps(facet.path("dataset"))));
    }
    List<Step> steps = new ArrayList<>();
    for (JsonNode s : root.path("steps")) {
      List<String> reads = new ArrayList<>();
      s.path("inputs").forEach(i -> reads.add(i.asText()));
      Map<String, List<Dep>> fields = new LinkedHashMap<>();
      s.path("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), deps(f.getValue())));
      steps.add(new Step(s.path("name").asText(), s.path("kind").asText(), List.copyOf(reads), s.path("output").asText(),
          s.hasNonNull("sink") ? s.get("sink").asText() : null, s.path("definition").asText(), fields,
          deps(s.path("dataset"))));
    }
    return new Job(job.path("name").asText(), job.path("description").asText(), job.path("schedule").asText(""),
        List.copyOf(inputs), List.copyOf(steps), outputs);
  }

  /** OpenLineage input fields, one {@link Dep} per transformation. */
  private static List<Dep> deps(JsonNode inputFields) {
    List<Dep> deps = new ArrayList<>();
    for (JsonNode field : inputFields) {
      for (JsonNode t : field.path("transformations")) {
        deps.add(new Dep(field.path("name").asText(), field.path("field").asText(), t.path("type").asText(),
            t.path("subtype").asText(), t.hasNonNull("description") ? t.get("description").asText() : null));
      }
    }
    return List.copyOf(deps);
  }
}
