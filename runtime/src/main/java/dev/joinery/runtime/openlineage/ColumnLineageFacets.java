package dev.joinery.runtime.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.runtime.JoineryJob;
import io.openlineage.client.OpenLineage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columnLineage facets of a job's outputs, from the lineage the annotation processor wrote at
 * compile time ({@code META-INF/joinery/<job>.lineage.json}). That file names datasets by their
 * catalog name ({@code raw.orders}); the facets name them as the run's events do, by the location
 * the run resolved, so a consumer joins each input field to an input of the same event.
 */
final class ColumnLineageFacets {
  private ColumnLineageFacets() {}

  /** Where the processor puts a job's lineage, on the job's classpath. */
  static String resource(String job) {
    return "META-INF/joinery/" + job + ".lineage.json";
  }

  /** The job's compile-time lineage, or null if its classpath has none (not compiled by Joinery's processor). */
  static JsonNode read(JoineryJob job) {
    ClassLoader loader = job.getClass().getClassLoader();
    try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource(job.name()))) {
      return in == null ? null : new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource(job.name()), e);
    }
  }

  /**
   * Per output table (catalog name), its columnLineage facet.
   *
   * @param datasets catalog name to the dataset the run reads or writes it as; names the lineage
   *     mentions that are not there keep the lineage file's namespace and name
   */
  static Map<String, OpenLineage.ColumnLineageDatasetFacet> of(OpenLineage ol, JsonNode lineage,
      Map<String, DatasetName> datasets) {
    Map<String, OpenLineage.ColumnLineageDatasetFacet> facets = new LinkedHashMap<>();
    if (lineage == null || !lineage.has("outputs")) {
      return facets;
    }
    for (JsonNode output : lineage.get("outputs")) {
      JsonNode columnLineage = output.path("facets").path("columnLineage");
      if (columnLineage.isMissingNode()) {
        continue;
      }
      OpenLineage.ColumnLineageDatasetFacetFieldsBuilder fields = ol.newColumnLineageDatasetFacetFieldsBuilder();
      for (Iterator<Map.Entry<String, JsonNode>> it = columnLineage.path("fields").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> column = it.next();
        fields.put(column.getKey(), ol.newColumnLineageDatasetFacetFieldsAdditionalBuilder()
            .inputFields(inputFields(ol, column.getValue().path("inputFields"), datasets))
            .build());
      }
      OpenLineage.ColumnLineageDatasetFacetBuilder facet = ol.newColumnLineageDatasetFacetBuilder().fields(fields.build());
      if (columnLineage.has("dataset")) {
        facet.dataset(inputFields(ol, columnLineage.get("dataset"), datasets));
      }
      facets.put(output.get("name").asText(), facet.build());
    }
    return facets;
  }

  private static List<OpenLineage.InputField> inputFields(OpenLineage ol, JsonNode array,
      Map<String, DatasetName> datasets) {
    List<OpenLineage.InputField> fields = new ArrayList<>();
    for (JsonNode field : array) {
      String table = field.path("name").asText();
      DatasetName dataset = datasets.getOrDefault(table, new DatasetName(field.path("namespace").asText(), table));
      List<OpenLineage.InputFieldTransformations> transformations = new ArrayList<>();
      for (JsonNode t : field.path("transformations")) {
        transformations.add(ol.newInputFieldTransformationsBuilder()
            .type(text(t, "type"))
            .subtype(text(t, "subtype"))
            .description(text(t, "description"))
            .masking(t.has("masking") ? t.get("masking").asBoolean() : null)
            .build());
      }
      fields.add(ol.newInputFieldBuilder()
          .namespace(dataset.namespace())
          .name(dataset.name())
          .field(field.path("field").asText())
          .transformations(transformations)
          .build());
    }
    return fields;
  }

  private static String text(JsonNode node, String key) {
    return node.hasNonNull(key) ? node.get(key).asText() : null;
  }
}
