package dev.joinery.processor.diagram;

import dev.joinery.annotations.MalformedRows;
import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.Producer;
import dev.joinery.processor.analysis.TriggerGraph;
import dev.joinery.processor.expression.StepTranslations;
import dev.joinery.processor.lineage.ColumnDep;
import dev.joinery.processor.lineage.JobLineage;
import dev.joinery.processor.lineage.StepLineage;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.InputRef;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.TableExpectation;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.model.TriggerModel;
import dev.joinery.processor.reading.ExpectationReader;
import dev.joinery.processor.reading.Javadocs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.util.Elements;

/**
 * A job as a diagram: its source tables, its steps (kind, first sentence of the Javadoc, whether
 * Spark runs them as expressions or JVM code) and its sinks, with the record type on every edge.
 */
public final class JobDiagrams {
  private final Elements elements;

  public JobDiagrams(Elements elements) {
    this.elements = elements;
  }

  public Diagram job(JobGraph graph, StepTranslations translations) {
    String summary = Javadocs.firstSentence(graph.job().description());
    Diagram diagram = new Diagram(graph.job().name() + (summary.isEmpty() ? "" : ": " + summary));
    Set<String> tables = new LinkedHashSet<>();
    for (TableModel table : graph.sources()) {
      List<String> lines = new ArrayList<>(List.of(table.name(), table.format() + " · " + table.location()));
      lines.addAll(readChecks(table));
      diagram.node(new Node(tableId(table), Node.Kind.TABLE, lines));
      tables.add(table.name());
    }
    for (Step step : graph.order()) {
      List<String> lines = new ArrayList<>();
      lines.add(step.name() + " (" + step.kind().label() + ")");
      String doc = Javadocs.firstSentence(elements.getDocComment(step.element()));
      if (!doc.isEmpty()) {
        lines.add(doc);
      }
      if (step.spec() instanceof StepSpec.SortSpec sort && sort.limit() > 0) {
        lines.add("first " + sort.limit() + " rows");
      }
      if (step.spec() instanceof StepSpec.JoinSpec join) {
        if (join.type() == dev.joinery.annotations.JoinType.CROSS) {
          lines.add("cross join: every pair of rows");
        }
        if (join.hasCondition()) {
          lines.add("where " + join.where().name() + "()");
        }
      }
      if (step.spec() instanceof StepSpec.AggregateSpec aggregate) {
        aggregate.aggregates().stream().filter(c -> !c.when().name().isEmpty()).forEach(c -> lines.add(
            c.output().name() + ": only rows where " + c.when().name() + "()"));
      }
      WindowLines.of(step.spec()).ifPresent(lines::add);
      GlueTransformLines.of(step.spec()).ifPresent(lines::add);
      lines.add(translations.runsOnJvm(step) ? "JVM code over rows" : "Spark expression");
      diagram.node(new Node(stepId(step), Node.Kind.STEP, lines));
      for (InputRef input : step.inputs()) {
        Producer producer = graph.producer(input).orElseThrow();
        String from = producer instanceof Producer.OfTable t ? tableId(t.table()) : stepId(((Producer.OfStep) producer).step());
        diagram.edge(new Edge(from, stepId(step), producer.record().map(r -> r.simpleName()).orElse("")));
      }
    }
    for (Step step : graph.order()) {
      if (step.sink().isEmpty()) {
        continue;
      }
      TableModel table = graph.sinkTable(step);
      if (tables.add(table.name())) {
        String partitions = table.partitionBy().isEmpty() ? ""
            : " · partitioned by " + table.partitionBy().stream().map(NameRef::name).collect(Collectors.joining(", "));
        diagram.node(new Node(tableId(table), Node.Kind.TABLE, List.of(table.name(),
            table.format() + " · " + step.sink().get().mode() + partitions, table.location())));
      }
      diagram.edge(new Edge(stepId(step), tableId(table), table.record().simpleName()));
    }
    return diagram;
  }

  /** What a read of the table checks besides types: its {@code @Expect} rules and its malformed-row policy. */
  private static List<String> readChecks(TableModel table) {
    List<String> lines = new ArrayList<>();
    for (Component component : table.record().components()) {
      for (Expectation rule : ExpectationReader.of(component)) {
        lines.add("expect " + rule.name() + " → " + rule.action().toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (TableExpectation rule : ExpectationReader.ofTable(table.record())) {
      lines.add("expect " + rule.name() + (rule.isRowCount() ? " (rows " + rule.min() + ".."
          + (rule.max() == Long.MAX_VALUE ? "" : rule.max()) + ")" : "") + " → "
          + rule.action().toLowerCase(java.util.Locale.ROOT));
    }
    if (table.malformedRows() == MalformedRows.SKIP) {
      lines.add("malformed rows skipped");
    }
    return lines;
  }

  /**
   * The job's column lineage: every table and step as a box listing its columns, an edge per
   * column dependency styled by its kind, and dashed edges into a step for the columns that decide
   * which of its rows survive.
   */
  public Diagram columnLineage(JobGraph graph, JobLineage lineage) {
    Diagram diagram = new Diagram(graph.job().name() + ": column lineage");
    for (TableModel table : graph.sources()) {
      diagram.node(new Node(tableId(table), Node.Kind.TABLE, List.of(table.name()), table.record().componentNames()));
    }
    for (Step step : graph.order()) {
      StepLineage stepLineage = lineage.step(step);
      List<String> lines = new ArrayList<>(List.of(step.name() + " (" + step.kind().label() + ")"));
      if (stepLineage.conservative()) {
        lines.add("JVM code: every component it reads");
      }
      diagram.node(new Node(stepId(step), Node.Kind.STEP, lines, List.copyOf(stepLineage.fields().keySet())));
      stepLineage.fields().forEach((column, deps) -> deps.forEach(dep -> diagram.edge(new Edge(
          producerId(graph, dep.dataset()), stepId(step), "", dep.field(), column, style(dep)))));
      Set<String> seen = new LinkedHashSet<>();
      for (ColumnDep dep : stepLineage.dataset()) {
        if (seen.add(dep.dataset() + "." + dep.field() + "/" + dep.subtype())) {
          diagram.edge(new Edge(producerId(graph, dep.dataset()), stepId(step),
              dep.subtype().toLowerCase(java.util.Locale.ROOT), dep.field(), null, Edge.Style.INDIRECT));
        }
      }
    }
    Set<String> sinks = new LinkedHashSet<>();
    for (Step step : graph.order()) {
      if (step.sink().isEmpty()) {
        continue;
      }
      TableModel table = graph.sinkTable(step);
      String id = "sink:" + table.name();
      if (sinks.add(id)) {
        diagram.node(new Node(id, Node.Kind.TABLE, List.of(table.name()), table.record().componentNames()));
      }
      for (String column : table.record().componentNames()) {
        diagram.edge(new Edge(stepId(step), id, "", column, column, Edge.Style.IDENTITY));
      }
    }
    return diagram.legend(List.of(Edge.Style.IDENTITY, Edge.Style.TRANSFORMATION, Edge.Style.AGGREGATION,
        Edge.Style.INDIRECT));
  }

  /** Every job and table of the build: which job reads and which writes each table, with schedules. */
  /**
   * Every job (schedule, what else starts it, its workflow) and table, who reads and writes what,
   * and a dashed edge from each job to the jobs its outcome starts, labelled with the condition.
   */
  public Diagram workflow(List<JobGraph> graphs, Catalog catalog, TriggerGraph triggers) {
    Diagram diagram = new Diagram("Jobs and tables");
    Set<String> tables = new LinkedHashSet<>();
    for (TableModel table : catalog.tables()) {
      diagram.node(new Node(tableId(table), Node.Kind.TABLE, List.of(table.name(), table.format().name())));
      tables.add(table.name());
    }
    for (JobGraph graph : graphs) {
      List<String> lines = new ArrayList<>(List.of(graph.job().name()));
      String summary = Javadocs.firstSentence(graph.job().description());
      if (!summary.isEmpty()) {
        lines.add(summary);
      }
      TriggerModel model = triggers.triggers(graph);
      lines.add(graph.job().schedule().isEmpty() ? (model.startsOnEvents() ? "no schedule" : "on demand")
          : "cron " + graph.job().schedule());
      lines.addAll(TriggerLines.of(model));
      String id = "job:" + graph.job().name();

      diagram.node(new Node(id, Node.Kind.JOB, lines));
      graph.sources().forEach(t -> diagram.edge(new Edge(tableId(t), id, "reads")));
      for (Step step : graph.order()) {
        step.sink().ifPresent(sink -> {
          TableModel table = graph.sinkTable(step);
          diagram.edge(new Edge(id, tableId(table), sink.mode().name().toLowerCase(java.util.Locale.ROOT)));
        });
      }
    }
    for (JobGraph graph : graphs) {
      List<TriggerGraph.Upstream> upstream = triggers.upstreamOf(graph);
      String logic = upstream.size() > 1
          ? " (" + triggers.triggers(graph).logic().name().toLowerCase(java.util.Locale.ROOT) + ")" : "";
      for (TriggerGraph.Upstream u : upstream) {
        diagram.edge(new Edge("job:" + u.job().job().name(), "job:" + graph.job().name(), "starts on " + u.state()
            + logic + (u.derived() ? ", writes " + u.table().name() : ""), null, null, Edge.Style.INDIRECT));
      }
    }
    return diagram;
  }

  private static Edge.Style style(ColumnDep dep) {
    if (dep.type().equals("INDIRECT")) {
      return Edge.Style.INDIRECT;
    }
    switch (dep.subtype()) {
      case "IDENTITY": return Edge.Style.IDENTITY;
      case "AGGREGATION": return Edge.Style.AGGREGATION;
      default: return Edge.Style.TRANSFORMATION;
    }
  }

  private static String producerId(JobGraph graph, String name) {
    return graph.job().step(name).isPresent() ? "step:" + name : "table:" + name;
  }

  private static String tableId(TableModel table) {
    return "table:" + table.name();
  }

  private static String stepId(Step step) {
    return "step:" + step.name();
  }
}
