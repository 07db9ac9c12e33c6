package dev.joinery.processor.reading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether a class mentions something javac could not resolve (yet): a type or a constant that does
 * not exist, or that another processor generates in a later round. Joinery waits for such a class
 * rather than judge it; if it never resolves, javac's own "cannot find symbol" is the one error.
 */
public final class Unresolved {
  private Unresolved() {}

  /** Whether {@code type} or anything declared in it has an unresolved type or annotation value. */
  public static boolean in(Element type) {
    Deque<Element> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      if (isError(element.asType()) || element.getAnnotationMirrors().stream().anyMatch(Unresolved::isError)) {
        return true;
      }
      if (element instanceof ExecutableElement method) {
        if (isError(method.getReturnType())) {
          return true;
        }
        pending.addAll(method.getParameters());
      }
      pending.addAll(element.getEnclosedElements());
    }
    return false;
  }

  private static boolean isError(TypeMirror type) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return isError(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return isError(wildcard.getExtendsBound()) || isError(wildcard.getSuperBound());
    }
    return type instanceof DeclaredType declared && declared.getTypeArguments().stream().anyMatch(Unresolved::isError);
  }

  private static boolean isError(AnnotationMirror annotation) {
    return isError(annotation.getAnnotationType())
        || annotation.getElementValues().values().stream().anyMatch(Unresolved::isError);
  }

  private static boolean isError(AnnotationValue value) {
    // javac stands in an unresolved constant by its Attribute.Error (a class literal by
    // Attribute.UnresolvedClass, a subclass), which reads as the string "<error>": the class tells
    // it from a string a user wrote.
    if (value.getClass().getName().startsWith("com.sun.tools.javac.code.Attribute$")
        && value.getClass().getSimpleName().matches("Error|UnresolvedClass")) {
      return true;
    }
    if (value.getValue() instanceof AnnotationMirror nested) {
      return isError(nested);
    }
    return value.getValue() instanceof List<?> values
        && values.stream().anyMatch(v -> v instanceof AnnotationValue a && isError(a));
  }
}
