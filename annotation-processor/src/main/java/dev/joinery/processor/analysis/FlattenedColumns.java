package dev.joinery.processor.analysis;

import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.StepSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code @Relationalize} step can read: every path into the input's nested records, under
 * its dotted name ({@code address.city}) and its camel-case name ({@code addressCity}), and, when a
 * list is exploded, its element's paths under their own names. The validation pass, the generated
 * code and the lineage all resolve output components through this one model.
 */
public final class FlattenedColumns {
  /** The column the generated code gives the exploded element, so its fields can be read as {@code element.x}. */
  public static final String ELEMENT = "__element";

  /**
   * One readable value.
   *
   * @param path the dotted path in the input ({@code address.city}, or the list's path for its element)
   * @param sparkColumn the column expression's name in the generated code ({@code address.city}, {@code __element.sku})
   * @param type the value's type
   * @param mayBeNull whether it can be null: it or a record around it is nullable
   * @param root the top-level input component it comes from
   */
  public record Path(String path, String sparkColumn, ColumnType type, Component leaf, boolean mayBeNull, String root) {}

  private final Map<String, List<Path>> byName = new LinkedHashMap<>();
  private final Map<String, Path> byDottedPath = new LinkedHashMap<>();
  private final Path exploded;

  private FlattenedColumns(Path exploded) {
    this.exploded = exploded;
  }

  /** The paths of {@code input} itself, nothing exploded. */
  public static FlattenedColumns of(RecordModel input) {
    return of(input, "", false);
  }

  /** What a step reads. */
  public static FlattenedColumns of(RecordModel input, StepSpec.RelationalizeSpec spec) {
    return of(input, spec.explode().name(), spec.keepEmpty());
  }

  /**
   * @param explode the dotted path of the list to explode; empty for none
   * @param keepEmpty whether a row whose list is empty or null yields one row with no element, so
   *     every element value may be null
   */
  private static FlattenedColumns of(RecordModel input, String explode, boolean keepEmpty) {
    FlattenedColumns all = new FlattenedColumns(null);
    all.addRecord(input, "", "", false, null, null);
    if (explode.isEmpty()) {
      return all;
    }
    Path list = all.byDottedPath.get(explode);
    if (list == null || list.type().kind() != Kind.ARRAY) {
      return all;
    }
    FlattenedColumns flattened = new FlattenedColumns(list);
    flattened.addRecord(input, "", "", false, null, null);
    ColumnType element = list.type().element();
    boolean elementMayBeNull = keepEmpty || element.nullable();
    if (element.kind() == Kind.STRUCT) {
      flattened.addRecord(element.struct(), "", ELEMENT + ".", elementMayBeNull, list.root(), list.path() + ".");
    } else {
      String name = list.path().substring(list.path().lastIndexOf('.') + 1);
      // The element of a list of values takes the list's name: the list itself is no column of the exploded rows.
      flattened.byName.put(name, List.of(
          new Path(list.path(), ELEMENT, element, list.leaf(), elementMayBeNull, list.root())));
    }
    return flattened;
  }

  /** The list being exploded, if the step names one that is a list. */
  public Optional<Path> exploded() {
    return Optional.ofNullable(exploded);
  }

  /** The dotted path's value ({@code address.city}; {@code items.sku} for a field of an exploded element). */
  public Optional<Path> path(String dotted) {
    return Optional.ofNullable(byDottedPath.get(dotted));
  }

  /** Every value a component of this name can take: none, one, or several (ambiguous). */
  public List<Path> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The path an output component of a step reads, renamed or by name; validated to be exactly one. */
  public Path source(List<StepSpec.Rename> renames, String output) {
    return renames.stream().filter(r -> r.output().name().equals(output)).findFirst()
        .map(r -> path(r.input().name()).orElseThrow())
        .orElseGet(() -> named(output).get(0));
  }

  /** Every dotted path, for suggestions. */
  public List<String> paths() {
    return List.copyOf(byDottedPath.keySet());
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * @param camelPrefix the camel-case name of the record ({@code address}), empty at the top
   * @param columnPrefix how generated code reaches the record ({@code address.}, {@code __element.})
   * @param pathPrefix for the element of an exploded list, the list's path and a dot; null otherwise
   */
  private void addRecord(RecordModel record, String camelPrefix, String columnPrefix, boolean parentMayBeNull,
      String root, String pathPrefix) {
    for (Component c : record.components()) {
      String camel = camelPrefix.isEmpty() ? c.name()
          : camelPrefix + Character.toUpperCase(c.name().charAt(0)) + c.name().substring(1);
      String column = columnPrefix + c.name();
      String dotted = pathPrefix != null ? pathPrefix + c.name() : column;
      boolean mayBeNull = parentMayBeNull || c.type().nullable();
      Path path = new Path(dotted, column, c.type(), c, mayBeNull, root == null ? c.name() : root);
      byName.computeIfAbsent(camel, n -> new ArrayList<>()).add(path);
      byDottedPath.put(dotted, path);
      if (c.type().kind() == Kind.STRUCT) {
        addRecord(c.type().struct(), camel, column + ".", mayBeNull, path.root(), pathPrefix == null ? null : dotted + ".");
      }
    }
  }
}
