package dev.joinery.runtime.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.runtime.JoineryJob;
import dev.joinery.runtime.RunReport;
import dev.joinery.runtime.TableSpec;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The OpenLineage run events of one run: START, then COMPLETE or FAIL, with the same run id (the
 * run's id in Joinery's catalog), job and datasets. Datasets are named by the locations the run
 * resolved ({@link DatasetName}), with the catalog name as a symlink, the table's columns as a
 * schema facet and, on outputs, the compile-time column lineage.
 */
final class RunEvents {
  static final URI PRODUCER = URI.create("https://github.com/joinery-dev/joinery/tree/0.1.0/runtime");
  static final String JOINERY_VERSION = "0.1.0";

  private final OpenLineage ol = new OpenLineage(PRODUCER);
  private final UUID runId;
  private final String sparkVersion;
  private final OpenLineage.Job job;
  private final Map<String, Table> inputs = new LinkedHashMap<>();
  private final Map<String, Table> outputs = new LinkedHashMap<>();

  /** A table of the run: its catalog name, dataset name and facets. */
  private record Table(String catalogName, DatasetName dataset, OpenLineage.DatasetFacets facets) {}

  /**
   * @param locationOf the location the run resolved for each table (final, never a staging folder)
   * @param lineage the job's compile-time lineage, or null
   */
  RunEvents(String namespace, JoineryJob job, UUID runId, String sparkVersion,
      Function<TableSpec, String> locationOf, JsonNode lineage) {
    this.runId = runId;
    this.sparkVersion = sparkVersion;
    OpenLineage.JobFacetsBuilder jobFacets = ol.newJobFacetsBuilder()
        .jobType(ol.newJobTypeJobFacetBuilder().processingType("BATCH").integration("JOINERY").jobType("JOB").build());
    if (job.description() != null && !job.description().isBlank()) {
      jobFacets.documentation(ol.newDocumentationJobFacetBuilder().description(job.description()).build());
    }
    this.job = ol.newJobBuilder().namespace(namespace).name(job.name()).facets(jobFacets.build()).build();

    Map<String, DatasetName> names = new LinkedHashMap<>();
    job.sources().forEach(t -> names.put(t.name(), DatasetName.of(locationOf.apply(t))));
    job.sinks().forEach(s -> names.put(s.table().name(), DatasetName.of(locationOf.apply(s.table()))));
    Map<String, OpenLineage.ColumnLineageDatasetFacet> columnLineage = ColumnLineageFacets.of(ol, lineage, names);
    for (TableSpec table : job.sources()) {
      inputs.put(table.name(), table(namespace, table, names.get(table.name()), null));
    }
    job.sinks().forEach(sink -> outputs.put(sink.table().name(),
        table(namespace, sink.table(), names.get(sink.table().name()), columnLineage.get(sink.table().name()))));
  }

  private Table table(String namespace, TableSpec table, DatasetName dataset,
      OpenLineage.ColumnLineageDatasetFacet columnLineage) {
    List<OpenLineage.SchemaDatasetFacetFields> fields = Arrays.stream(table.schema().fields())
        .map(f -> ol.newSchemaDatasetFacetFieldsBuilder().name(f.name()).type(f.dataType().simpleString()).build())
        .toList();
    OpenLineage.DatasetFacetsBuilder facets = ol.newDatasetFacetsBuilder()
        .schema(ol.newSchemaDatasetFacetBuilder().fields(fields).build())
        .symlinks(ol.newSymlinksDatasetFacetBuilder()
            .identifiers(List.of(ol.newSymlinksDatasetFacetIdentifiers(namespace, table.name(), "TABLE")))
            .build());
    if (columnLineage != null) {
      facets.columnLineage(columnLineage);
    }
    return new Table(table.name(), dataset, facets.build());
  }

  OpenLineage.RunEvent start() {
    return event(EventType.START, runFacets().build(), null);
  }

  /** COMPLETE, with the rows the run read and wrote per table. */
  OpenLineage.RunEvent complete(RunReport report) {
    return event(EventType.COMPLETE, runFacets().build(), report);
  }

  /** FAIL, with the failure's message (no stack trace: the run's log file has it). */
  OpenLineage.RunEvent fail(String message) {
    OpenLineage.RunFacets facets = runFacets()
        .errorMessage(ol.newErrorMessageRunFacetBuilder().message(message).programmingLanguage("JAVA").build())
        .build();
    return event(EventType.FAIL, facets, null);
  }

  private OpenLineage.RunFacetsBuilder runFacets() {
    return ol.newRunFacetsBuilder().processing_engine(ol.newProcessingEngineRunFacetBuilder()
        .name("spark").version(sparkVersion).openlineageAdapterVersion(JOINERY_VERSION).build());
  }

  /**
   * The table's {@code @Expect} rules as data quality assertions: a rule succeeded when no row broke
   * it; a rule that only warns or sets rows aside has severity {@code warn}, one that fails the run {@code error}.
   */
  private List<OpenLineage.DataQualityAssertionsDatasetFacetAssertions> assertions(RunReport report, String table) {
    return report.expectations().stream().filter(r -> r.table().equals(table))
        .map(r -> ol.newDataQualityAssertionsDatasetFacetAssertionsBuilder()
            .assertion(r.rule()).column(r.column()).success(r.failed() == 0)
            .severity(r.action().equals("FAIL") ? "error" : "warn")
            .actual(r.failed() + " of " + r.checked() + " rows break it (" + r.action() + ")")
            .build())
        .toList();
  }

  private OpenLineage.RunEvent event(EventType type, OpenLineage.RunFacets runFacets, RunReport report) {
    List<OpenLineage.InputDataset> in = inputs.values().stream().map(t -> {
      OpenLineage.InputDatasetBuilder dataset = ol.newInputDatasetBuilder()
          .namespace(t.dataset().namespace()).name(t.dataset().name()).facets(t.facets());
      Long rows = report == null ? null : report.rowsRead().get(t.catalogName());
      if (rows != null) {
        OpenLineage.InputDatasetInputFacetsBuilder facets = ol.newInputDatasetInputFacetsBuilder()
            .inputStatistics(ol.newInputStatisticsInputDatasetFacetBuilder().rowCount(rows).build());
        List<OpenLineage.DataQualityAssertionsDatasetFacetAssertions> assertions = assertions(report, t.catalogName());
        if (!assertions.isEmpty()) {
          facets.dataQualityAssertions(ol.newDataQualityAssertionsDatasetFacetBuilder().assertions(assertions).build());
        }
        dataset.inputFacets(facets.build());
      }
      return dataset.build();
    }).toList();
    List<OpenLineage.OutputDataset> out = outputs.values().stream().map(t -> {
      OpenLineage.OutputDatasetBuilder dataset = ol.newOutputDatasetBuilder()
          .namespace(t.dataset().namespace()).name(t.dataset().name()).facets(t.facets());
      Long rows = report == null ? null : report.rowsWritten().get(t.catalogName());
      if (rows != null) {
        dataset.outputFacets(ol.newOutputDatasetOutputFacetsBuilder()
            .outputStatistics(ol.newOutputStatisticsOutputDatasetFacetBuilder().rowCount(rows).build()).build());
      }
      return dataset.build();
    }).toList();
    return ol.newRunEventBuilder()
        .eventType(type)
        .eventTime(ZonedDateTime.now(ZoneOffset.UTC))
        .run(ol.newRunBuilder().runId(runId).facets(runFacets).build())
        .job(job)
        .inputs(in)
        .outputs(out)
        .build();
  }
}
