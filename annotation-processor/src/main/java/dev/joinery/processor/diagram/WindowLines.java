package dev.joinery.processor.diagram;

import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.StepSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The line a job diagram's step box gives a window, or the order a deduplication keeps by:
 * "window by customerId order by day", "keeps first by updatedAt desc per customerId".
 */
final class WindowLines {
  private WindowLines() {}

  static Optional<String> of(StepSpec spec) {
    if (spec instanceof StepSpec.WindowSpec window) {
      String partition = window.partitionBy().isEmpty() ? "window over all rows" : "window by " + names(window.partitionBy());
      return Optional.of(partition + (window.orderBy().isEmpty() ? "" : " order by " + order(window.orderBy())));
    }
    if (spec instanceof StepSpec.DeduplicateSpec deduplicate && !deduplicate.keep().isEmpty()) {
      return Optional.of("keeps first by " + order(deduplicate.keep()) + " per " + names(deduplicate.keys()));
    }
    return Optional.empty();
  }

  private static String names(List<NameRef> names) {
    return names.stream().map(NameRef::name).collect(Collectors.joining(", "));
  }

  private static String order(List<StepSpec.SortKey> keys) {
    return keys.stream().map(StepSpec.SortKey::shown).collect(Collectors.joining(", "));
  }
}
