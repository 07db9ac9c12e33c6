package dev.joinery.processor.reading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotation mirrors, defaults included, keeping the values so diagnostics can point at them. */
public final class AnnotationValues {
  private final Elements elements;

  public AnnotationValues(Elements elements) {
    this.elements = elements;
  }

  public static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + name + " in " + mirror);
  }

  /** Whether the member was written in the source, rather than left to its default. */
  public static boolean isExplicit(AnnotationMirror mirror, String name) {
    return mirror.getElementValues().keySet().stream().anyMatch(k -> k.getSimpleName().contentEquals(name));
  }

  public String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  public int integer(AnnotationMirror mirror, String name) {
    return (Integer) value(mirror, name).getValue();
  }

  /** A numeric member of any primitive type. */
  public Number number(AnnotationMirror mirror, String name) {
    return (Number) value(mirror, name).getValue();
  }

  public boolean bool(AnnotationMirror mirror, String name) {
    return (Boolean) value(mirror, name).getValue();
  }

  /** The constant name of an enum-valued member. */
  public String enumConstant(AnnotationMirror mirror, String name) {
    return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
  }

  /** The elements of an array-valued member, each its own value for pointing at. */
  @SuppressWarnings("unchecked")
  public List<AnnotationValue> array(AnnotationMirror mirror, String name) {
    return (List<AnnotationValue>) value(mirror, name).getValue();
  }
}
