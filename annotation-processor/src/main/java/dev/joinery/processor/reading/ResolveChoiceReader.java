package dev.joinery.processor.reading;

import dev.joinery.processor.model.Component;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** Finds {@code @ResolveChoice} on a record component: its column's values are read as text and converted one by one. */
public final class ResolveChoiceReader {
  public static final String RESOLVE_CHOICE = "dev.joinery.annotations.ResolveChoice";

  private ResolveChoiceReader() {}

  public static Optional<AnnotationMirror> annotation(Component component) {
    return AnnotationValues.find(component.element(), RESOLVE_CHOICE);
  }

  public static boolean resolvesChoice(Component component) {
    return annotation(component).isPresent();
  }
}
