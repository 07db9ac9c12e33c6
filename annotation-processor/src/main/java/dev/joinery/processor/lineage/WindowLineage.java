package dev.joinery.processor.lineage;

import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.StepSpec;
import dev.joinery.processor.model.StepSpec.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column lineage of window steps and of deduplication that keeps each key's first row.
 * Partition keys decide which rows a computed value is over (OpenLineage's {@code WINDOW}), order
 * keys which of them come first ({@code SORT}); both are indirect dependencies of every computed
 * column. A window keeps every row, so it adds nothing at dataset level.
 */
final class WindowLineage {
  private WindowLineage() {}

  static void window(StepSpec.WindowSpec spec, String input, RecordModel output, Map<String, List<ColumnDep>> fields) {
    List<ColumnDep> window = new ArrayList<>();
    spec.partitionBy().forEach(k -> window.add(ColumnDep.indirect(input, k.name(), "WINDOW", "partition")));
    spec.orderBy().forEach(k -> window.add(sort(input, k, null)));
    for (Component c : output.components()) {
      fields.put(c.name(), List.of(ColumnDep.direct(input, c.name(), "IDENTITY", null)));
    }
    for (StepSpec.WindowColumn column : spec.functions()) {
      List<ColumnDep> deps = new ArrayList<>();
      if (column.function().readsAnotherRow()) {
        deps.add(ColumnDep.direct(input, column.source().name(), "TRANSFORMATION",
            column.function().name().toLowerCase(Locale.ROOT) + "(" + column.source().name() + ", " + column.offset() + ")"));
      }
      deps.addAll(window);
      fields.put(column.output().name(), List.copyOf(deps));
    }
    for (StepSpec.AggregateColumn column : spec.aggregates()) {
      List<ColumnDep> deps = new ArrayList<>();
      if (!column.countsRows()) {
        deps.add(ColumnDep.direct(input, column.source().name(), "AGGREGATION",
            "running " + column.function().annotation().toLowerCase(Locale.ROOT) + "(" + column.source().name() + ")"));
      }
      deps.addAll(window);
      fields.put(column.output().name(), List.copyOf(deps));
    }
  }

  /** What decides which row of each key survives: the keys, and the order that puts one first. */
  static void deduplicate(StepSpec.DeduplicateSpec spec, String input, RecordModel in, List<ColumnDep> dataset) {
    List<String> keys = spec.keys().isEmpty() ? in.componentNames() : spec.keys().stream().map(NameRef::name).toList();
    keys.forEach(k -> dataset.add(ColumnDep.indirect(input, k, "GROUP_BY", "deduplicate")));
    spec.keep().forEach(k -> dataset.add(sort(input, k, "keeps the first")));
  }

  private static ColumnDep sort(String input, SortKey key, String purpose) {
    String order = key.descending() ? "descending" : "ascending";
    return ColumnDep.indirect(input, key.column().name(), "SORT", purpose == null ? order : purpose + ", " + order);
  }
}
