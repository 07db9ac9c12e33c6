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

  /** The name as code in its package writes it: {@code Order}, {@code DailyRevenueJob.Line}. */
  public String simpleName() {
    StringBuilder name = new StringBuilder(element.getSimpleName());
    for (javax.lang.model.element.Element e = element.getEnclosingElement(); e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + ".");
    }
    return name.toString();
  }
}
