package dev.joinery.processor.lineage;

import dev.joinery.annotations.MalformedRows;
import dev.joinery.processor.analysis.FlattenedColumns;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.Fill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Column lineage of Glue's typed transforms, from the same model their code is generated from. */
final class GlueTransformLineage {
  private GlueTransformLineage() {}

  static boolean covers(StepSpec spec) {
    return spec instanceof StepSpec.FillSpec || spec instanceof StepSpec.UnboxSpec
        || spec instanceof StepSpec.RelationalizeSpec;
  }

  /**
   * A filled column comes from itself, transformed (its nulls replaced); a statistic is also an
   * aggregation of the column. An unboxed column is its JSON text, transformed. A flattened column
   * is the nested value as is; an exploded list decides how many rows there are.
   */
  static void of(StepSpec spec, String input, RecordModel in, RecordModel out, Map<String, List<ColumnDep>> fields,
      List<ColumnDep> dataset) {
    if (spec instanceof StepSpec.FillSpec fill) {
      for (Component c : out.components()) {
        Optional<Fill> filled = fill.fills().stream().filter(f -> f.column().name().equals(c.name())).findFirst();
        List<ColumnDep> deps = new ArrayList<>();
        if (filled.isEmpty()) {
          deps.add(ColumnDep.direct(input, c.name(), "IDENTITY", null));
        } else if (filled.get().statistic() == null) {
          deps.add(ColumnDep.direct(input, c.name(), "TRANSFORMATION", "nulls filled with " + filled.get().literal()));
        } else {
          String statistic = filled.get().statistic().name().toLowerCase(Locale.ROOT);
          deps.add(ColumnDep.direct(input, c.name(), "TRANSFORMATION", "nulls filled with the " + statistic));
          deps.add(ColumnDep.direct(input, c.name(), "AGGREGATION", statistic + "(" + c.name() + ")"));
        }
        fields.put(c.name(), deps);
      }
    } else if (spec instanceof StepSpec.UnboxSpec unbox) {
      String json = unbox.column().name();
      for (Component c : out.components()) {
        fields.put(c.name(), List.of(c.name().equals(json)
            ? ColumnDep.direct(input, json, "TRANSFORMATION", "parsed from JSON")
            : ColumnDep.direct(input, c.name(), "IDENTITY", null)));
      }
      if (unbox.malformed() == MalformedRows.SKIP) {
        dataset.add(ColumnDep.indirect(input, json, "FILTER", "well-formed JSON"));
      }
    } else if (spec instanceof StepSpec.RelationalizeSpec relationalize) {
      FlattenedColumns flattened = FlattenedColumns.of(in, relationalize);
      for (Component c : out.components()) {
        FlattenedColumns.Path path = flattened.source(relationalize.renames(), c.name());
        fields.put(c.name(), List.of(path.path().equals(path.root()) && !path.sparkColumn().startsWith(FlattenedColumns.ELEMENT)
            ? ColumnDep.direct(input, path.root(), "IDENTITY", null)
            : ColumnDep.direct(input, path.root(), "TRANSFORMATION", path.path())));
      }
      flattened.exploded().ifPresent(list ->
          dataset.add(ColumnDep.indirect(input, list.root(), "FILTER",
              (relationalize.keepEmpty() ? "explode_outer " : "explode ") + list.path())));
    }
  }
}
