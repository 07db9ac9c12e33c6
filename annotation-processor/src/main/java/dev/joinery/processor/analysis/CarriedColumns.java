package dev.joinery.processor.analysis;

import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.StepSpec;
import java.util.Optional;

/**
 * Where each component of a field join's output comes from: the left or the right row's column of
 * that name, a column {@code rename} names, or a key named alike on both sides. Validation, code
 * generation and lineage all ask here, so they agree.
 */
public final class CarriedColumns {
  private CarriedColumns() {}

  public enum Side { LEFT, RIGHT, KEY }

  /**
   * @param column the input column: on its side, or for {@link Side#KEY} on both
   * @param input that column's component (the left one for a key)
   */
  public record Source(Side side, String column, Component input) {}

  /** What the output component takes; empty where nothing, or more than one column, fits (reported by validation). */
  public static Optional<Source> of(Component target, StepSpec.JoinSpec join, RecordModel left, RecordModel right) {
    for (StepSpec.Rename rename : join.renames()) {
      if (rename.output().name().equals(target.name())) {
        return renamed(rename.input().name(), left, right);
      }
    }
    Optional<Component> fromLeft = left.component(target.name());
    Optional<Component> fromRight = right.component(target.name());
    if (fromLeft.isPresent() && fromRight.isPresent()) {
      boolean sharedKey = join.keys().stream().anyMatch(k -> k.left().name().equals(target.name())
          && k.right().name().equals(target.name()));
      return sharedKey ? Optional.of(new Source(Side.KEY, target.name(), fromLeft.get())) : Optional.empty();
    }
    return fromLeft.map(c -> new Source(Side.LEFT, c.name(), c))
        .or(() -> fromRight.map(c -> new Source(Side.RIGHT, c.name(), c)));
  }

  /** The column {@code written} ({@code left.name} or {@code right.name}) names, if it exists. */
  public static Optional<Source> renamed(String written, RecordModel left, RecordModel right) {
    int dot = written.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String side = written.substring(0, dot).strip();
    String column = written.substring(dot + 1).strip();
    if (side.equals("left")) {
      return left.component(column).map(c -> new Source(Side.LEFT, column, c));
    }
    if (side.equals("right")) {
      return right.component(column).map(c -> new Source(Side.RIGHT, column, c));
    }
    return Optional.empty();
  }

  /** Whether the source may be null because its side found no match in an outer join. */
  public static boolean mayBeAbsent(Source source, StepSpec.JoinSpec join) {
    switch (source.side()) {
      case LEFT: return join.leftMayBeAbsent();
      case RIGHT: return join.rightMayBeAbsent();
      default: return false; // a shared key of an outer join is taken from whichever side matched
    }
  }
}
