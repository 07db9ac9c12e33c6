package dev.joinery.processor.diagnostics;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.joinery.processor.model.NameRef;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/** Reports tagged diagnostics on the element, annotation or annotation value at fault. */
public final class Diagnostics {
  private final Messager messager;
  private final Trees trees;
  private int errors;

  public Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /**
   * A note, or an error when {@code asError}, at {@code tree} inside {@code element}'s source when
   * there is one, else on the element.
   */
  public void atTree(Tag tag, String message, Element element, Optional<Tree> tree, boolean asError) {
    Diagnostic.Kind kind = asError ? Diagnostic.Kind.ERROR : Diagnostic.Kind.NOTE;
    if (asError) {
      errors++;
    }
    TreePath path = trees.getPath(element);
    if (tree.isPresent() && path != null) {
      trees.printMessage(kind, tag.prefix() + " " + message, tree.get(), path.getCompilationUnit());
    } else {
      messager.printMessage(kind, tag.prefix() + " " + message, element);
    }
  }

  public void error(Tag tag, String message, Element element) {
    report(Diagnostic.Kind.ERROR, tag, message, element, null, null);
  }

  public void error(Tag tag, String message, Element element, AnnotationMirror annotation) {
    report(Diagnostic.Kind.ERROR, tag, message, element, annotation, null);
  }

  public void error(Tag tag, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    report(Diagnostic.Kind.ERROR, tag, message, element, annotation, value);
  }

  /** An error on the annotation value where {@code ref} was written. */
  public void error(Tag tag, String message, NameRef ref) {
    report(Diagnostic.Kind.ERROR, tag, message, ref.element(), ref.annotation(), ref.value());
  }

  public void warning(Tag tag, String message, Element element) {
    report(Diagnostic.Kind.WARNING, tag, message, element, null, null);
  }

  public void note(String message, Element element) {
    messager.printMessage(Diagnostic.Kind.NOTE, message, element);
  }

  private static Element fieldOf(Element component) {
    return ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements()).stream()
        .filter(f -> f.getSimpleName().contentEquals(component.getSimpleName()))
        .<Element>map(f -> f)
        .findFirst()
        .orElse(component.getEnclosingElement());
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  private void report(Diagnostic.Kind kind, Tag tag, String message, Element element,
      AnnotationMirror annotation, AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      // javac finds no source position for record components; their fields sit at the same place.
      element = fieldOf(element);
      annotation = null;
      value = null;
    }
    messager.printMessage(kind, tag.prefix() + " " + message, element, annotation, value);
  }
}
