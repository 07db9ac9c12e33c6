package dev.joinery.processor.expression;

import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Which record members are written in the source rather than implied by the components: their
 * bodies may change values, and javac mishandles asking about code next to some of them.
 */
public final class HandWrittenMembers {
  private final Trees trees;
  private final Elements elements;

  public HandWrittenMembers(Trees trees, Elements elements) {
    this.trees = trees;
    this.elements = elements;
  }

  /** Whether a record's accessor or constructor has a body in its source. */
  public boolean declaredByHand(ExecutableElement member) {
    // javac gives implied accessors no tree and the implied canonical constructor the origin
    // MANDATED (JDK 17). A record compiled elsewhere has no trees: its members count as implied.
    return trees.getTree(member) != null && elements.getOrigin(member) != Elements.Origin.MANDATED;
  }

  /** The record's canonical constructor: one parameter per component, of the component's type. */
  public static Optional<ExecutableElement> canonicalConstructor(TypeElement record) {
    List<String> components = record.getRecordComponents().stream().map(c -> c.asType().toString()).toList();
    return ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
        .filter(c -> c.getParameters().stream().map(p -> p.asType().toString()).toList().equals(components))
        .findFirst();
  }

  /**
   * A record declared in the same outermost class as {@code method} whose canonical constructor
   * is written by hand. Asking javac for the types in {@code method}'s body attributes that
   * constructor early, and javac then rejects it as calling {@code super()} (JDK-8387215, in
   * JDK 17 to 25): such a body must be left unread.
   */
  public Optional<TypeElement> canonicalConstructorBeside(ExecutableElement method) {
    Element outermost = method;
    while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
      outermost = enclosing;
    }
    Deque<Element> pending = new ArrayDeque<>(List.of(outermost));
    while (!pending.isEmpty()) {
      Element next = pending.pop();
      if (next.getKind() == ElementKind.RECORD && canonicalConstructor((TypeElement) next)
          .filter(this::declaredByHand).isPresent()) {
        return Optional.of((TypeElement) next);
      }
      pending.addAll(ElementFilter.typesIn(next.getEnclosedElements()));
    }
    return Optional.empty();
  }
}
