package dev.joinery.processor.lineage;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.expression.Translation;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.joinery.processor.reading.Javadocs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.util.Elements;

/**
 * Lineage as JSON shaped like OpenLineage: datasets with {@code schema} and {@code columnLineage}
 * facets, plus Joinery's per-step detail. Pretty-printed with {@code \n} line ends and fields in
 * model order, so the same sources give the same bytes on every machine.
 */
public final class LineageJson {
  public static final String NAMESPACE = "joinery";
  private static final String PRODUCER = "https://github.com/joinery-dev/joinery/tree/0.1.0/annotation-processor";
  private static final String SCHEMA_FACET = "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";
  private static final String COLUMN_LINEAGE_FACET =
      "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Elements elements;
  private final Trees trees;

  /** @param elements for tables' Javadoc; @param trees for steps' source, as javac prints it (comments and layout dropped) */
  public LineageJson(Elements elements, Trees trees) {
    this.elements = elements;
    this.trees = trees;
  }

  /** {@code META-INF/joinery/<job>.lineage.json}. */
  public String job(JobGraph graph, JobLineage lineage, StepTranslations translations) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode job = root.putObject("job");
    job.put("namespace", NAMESPACE).put("name", graph.job().name()).put("description", graph.job().description());
    if (!graph.job().schedule().isEmpty()) {
      job.put("schedule", graph.job().schedule());
    }
    // Table columns appear under their names in the data (@Column), step fields under the components'.
    Map<String, RecordModel> tableRecords = new LinkedHashMap<>();
    graph.sources().forEach(t -> tableRecords.put(t.name(), t.record()));
    graph.order().stream().filter(s -> s.sink().isPresent())
        .forEach(s -> tableRecords.put(graph.sinkTable(s).name(), graph.sinkTable(s).record()));
    ArrayNode inputs = root.putArray("inputs");
    for (TableModel table : graph.sources()) {
      ObjectNode input = inputs.addObject().put("namespace", NAMESPACE).put("name", table.name());
      input.putObject("facets").set("schema", schema(table.record()));
    }
    ArrayNode outputs = root.putArray("outputs");
    for (Step step : graph.order()) {
      if (step.sink().isEmpty()) {
        continue;
      }
      TableModel table = graph.sinkTable(step);
      ObjectNode output = outputs.addObject().put("namespace", NAMESPACE).put("name", table.name());
      ObjectNode facets = output.putObject("facets");
      facets.set("schema", schema(table.record()));
      facets.set("columnLineage", columnLineage(table.record(), lineage.columns(step), lineage.dataset(step),
          tableRecords));
    }
    ArrayNode steps = root.putArray("steps");
    for (Step step : graph.order()) {
      StepLineage stepLineage = lineage.step(step);
      ObjectNode node = steps.addObject();
      node.put("name", step.name()).put("kind", step.kind().label());
      node.put("translated", !translations.runsOnJvm(step));
      translations.of(step).ifPresent(t -> {
        if (t instanceof Translation.OnJvm jvm) {
          node.put("jvmReason", jvm.construct());
        }
      });
      node.put("conservativeLineage", stepLineage.conservative());
      ArrayNode reads = node.putArray("inputs");
      step.inputs().forEach(i -> reads.add(graph.producer(i).orElseThrow().name()));
      node.put("output", graph.output(step).record().orElseThrow().simpleName());
      if (step.sink().isPresent()) {
        node.put("sink", graph.sinkTable(step).name());
      }
      node.put("definition", definition(step));
      ObjectNode fields = node.putObject("fields");
      stepLineage.fields().forEach((column, deps) -> fields.set(column, inputFields(deps, tableRecords)));
      node.set("dataset", inputFields(stepLineage.dataset(), tableRecords));
    }
    return write(root);
  }

  /** {@code META-INF/joinery/lineage.json}: which job reads and writes which table, across the build. */
  public String build(List<JobGraph> graphs, Catalog catalog) {
    ObjectNode root = mapper.createObjectNode().put("namespace", NAMESPACE);
    Map<String, ObjectNode> jobs = new TreeMap<>();
    Map<String, ObjectNode> tables = new TreeMap<>();
    for (TableModel table : catalog.tables()) {
      ObjectNode node = mapper.createObjectNode().put("name", table.name()).put("format", table.format().name())
          .put("location", table.location())
          .put("description", Javadocs.firstSentence(elements.getDocComment(table.record().element())));
      ArrayNode columns = node.putArray("columns");
      for (Component c : table.record().components()) {
        columns.addObject().put("name", c.columnName()).put("type", c.type().sqlName())
            .put("nullable", c.type().nullable());
      }
      node.putArray("writtenBy");
      node.putArray("readBy");
      tables.put(table.name(), node);
    }
    for (JobGraph graph : graphs) {
      ObjectNode job = mapper.createObjectNode().put("name", graph.job().name());
      ArrayNode inputs = job.putArray("inputs");
      ArrayNode outputs = job.putArray("outputs");
      for (TableModel table : graph.sources()) {
        inputs.add(table.name());
        ((ArrayNode) tables.get(table.name()).get("readBy")).add(graph.job().name());
      }
      for (Step step : graph.order()) {
        step.sink().ifPresent(s -> {
          TableModel table = graph.sinkTable(step);
          outputs.add(table.name());
          ((ArrayNode) tables.get(table.name()).get("writtenBy")).add(graph.job().name());
        });
      }
      jobs.put(graph.job().name(), job);
    }
    root.putArray("jobs").addAll(List.copyOf(jobs.values()));
    root.putArray("tables").addAll(List.copyOf(tables.values()));
    return write(root);
  }

  /**
   * The step's declaration as javac prints it: annotations, signature and body, without comments
   * or layout, so only a change of meaning changes it.
   */
  private String definition(Step step) {
    Tree tree = trees.getTree(step.element());
    return tree == null ? "" : tree.toString().strip().replace("\r\n", "\n");
  }

  private ObjectNode schema(RecordModel record) {
    ObjectNode facet = mapper.createObjectNode().put("_producer", PRODUCER).put("_schemaURL", SCHEMA_FACET);
    ArrayNode fields = facet.putArray("fields");
    for (Component c : record.components()) {
      fields.addObject().put("name", c.columnName()).put("type", c.type().sqlName());
    }
    return facet;
  }

  private ObjectNode columnLineage(RecordModel sink, Map<String, List<ColumnDep>> columns, List<ColumnDep> dataset,
      Map<String, RecordModel> tableRecords) {
    ObjectNode facet = mapper.createObjectNode().put("_producer", PRODUCER).put("_schemaURL", COLUMN_LINEAGE_FACET);
    ObjectNode fields = facet.putObject("fields");
    columns.forEach((column, deps) -> fields.putObject(columnOf(sink, column))
        .set("inputFields", inputFields(deps, tableRecords)));
    facet.set("dataset", inputFields(dataset, tableRecords));
    return facet;
  }

  /** The name in the data of a record's component. */
  private static String columnOf(RecordModel record, String component) {
    return record.component(component).map(Component::columnName).orElse(component);
  }

  /** OpenLineage input fields: one per input column, with all the ways it is used. */
  private ArrayNode inputFields(List<ColumnDep> deps, Map<String, RecordModel> tableRecords) {
    Map<String, ArrayNode> byField = new LinkedHashMap<>();
    ArrayNode fields = mapper.createArrayNode();
    for (ColumnDep dep : deps) {
      RecordModel table = tableRecords.get(dep.dataset());
      String field = table == null ? dep.field() : columnOf(table, dep.field());
      ArrayNode transformations = byField.computeIfAbsent(dep.dataset() + "\u0000" + field, k -> {
        ObjectNode node = fields.addObject().put("namespace", NAMESPACE).put("name", dep.dataset())
            .put("field", field);
        return node.putArray("transformations");
      });
      ObjectNode t = mapper.createObjectNode().put("type", dep.type()).put("subtype", dep.subtype());
      if (dep.description() != null) {
        t.put("description", dep.description());
      }
      t.put("masking", false);
      boolean seen = false;
      for (com.fasterxml.jackson.databind.JsonNode existing : transformations) {
        seen |= existing.equals(t);
      }
      if (!seen) {
        transformations.add(t);
      }
    }
    return fields;
  }

  private String write(ObjectNode root) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
