package dev.joinery.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Job} class and its steps, in declaration order.
 *
 * @param bookmarks the source tables the job reads incrementally, as written
 */
public record JobModel(
    TypeElement element,
    String name,
    String schedule,
    List<String> bookmarks,
    String description,
    List<Step> steps,
    AnnotationMirror annotation) {

  public Optional<Step> step(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
