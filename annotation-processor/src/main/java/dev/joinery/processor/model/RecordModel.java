package dev.joinery.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** A Java record used as a schema: a table's, or the output of a step. */
public record RecordModel(TypeElement element, List<Component> components) {

  public Optional<Component> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public List<String> componentNames() {
    return components.stream().map(Component::name).toList();
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }
}
