package dev.joinery.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * An input of a step.
 *
 * @param ref the step or table name and where it was written; for a parameter without
 *     {@code @From}, the name of its type's table, pointing at the parameter
 * @param expectedType the parameter's declared type for method steps, or null when the step takes
 *     whatever its input produces
 */
public record InputRef(NameRef ref, TypeMirror expectedType) {

  public String name() {
    return ref.name();
  }
}
