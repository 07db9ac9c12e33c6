package dev.joinery.processor.diagram;

import dev.joinery.processor.model.StepSpec;
import java.util.Optional;
import java.util.stream.Collectors;

/** The line a job diagram adds under a Glue transform's step: what it fills, parses or explodes. */
final class GlueTransformLines {
  private GlueTransformLines() {}

  static Optional<String> of(StepSpec spec) {
    if (spec instanceof StepSpec.FillSpec fill) {
      return Optional.of("fills " + fill.fills().stream()
          .map(f -> f.column().name() + " = " + (f.statistic() != null ? f.statistic().name().toLowerCase(java.util.Locale.ROOT)
              : f.quoted() ? "'" + f.literal() + "'" : f.literal()))
          .collect(Collectors.joining(", ")));
    }
    if (spec instanceof StepSpec.UnboxSpec unbox) {
      return Optional.of(unbox.column().name() + " parsed from JSON · malformed " + unbox.malformed().name().toLowerCase(
          java.util.Locale.ROOT));
    }
    if (spec instanceof StepSpec.RelationalizeSpec flatten && !flatten.explode().name().isEmpty()) {
      return Optional.of("one row per element of " + flatten.explode().name()
          + (flatten.keepEmpty() ? ", one for an empty list" : ""));
    }
    return Optional.empty();
  }
}
