package dev.joinery.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * A rule on a table's rows as a whole, as written: {@code @ExpectRows} on the record (kind {@code
 * row_count}, with {@code min} and {@code max}), or {@code @Expect} on one of its methods (kind
 * {@code condition}, with the method).
 *
 * @param name the rule's name, {@code row_count} or the method's name in snake case when not given
 * @param action {@code WARN}, {@code QUARANTINE} or {@code FAIL}
 * @param method the condition's method; null for a row count
 * @param values each member written, by name, for pointing diagnostics at it
 */
public record TableExpectation(
    String kind,
    String name,
    String action,
    long min,
    long max,
    ExecutableElement method,
    Element element,
    AnnotationMirror annotation,
    Map<String, AnnotationValue> values) {

  public boolean isRowCount() {
    return kind.equals("row_count");
  }
}
