package dev.joinery.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @Expect} rule on a record component, as written.
 *
 * @param name the rule's name, {@code <component>_<kind>} when not given
 * @param kinds the rule kinds the annotation sets ({@code not_null}, {@code range}, {@code one_of},
 *     {@code pattern}, {@code unique}, {@code in}); exactly one in a valid rule
 * @param min the range's lower bound, empty for none
 * @param max the range's upper bound, empty for none
 * @param in for {@code in}, the other table's column as written, {@code "db.table.column"}
 * @param action {@code WARN}, {@code QUARANTINE} or {@code FAIL}
 * @param values each member written, by name, for pointing diagnostics at it
 */
public record Expectation(
    String column,
    String name,
    List<String> kinds,
    String min,
    String max,
    List<String> oneOf,
    String pattern,
    String in,
    String action,
    Element element,
    AnnotationMirror annotation,
    java.util.Map<String, AnnotationValue> values) {

  /** The single kind of a valid rule. */
  public String kind() {
    return kinds.isEmpty() ? "" : kinds.get(0);
  }
}
