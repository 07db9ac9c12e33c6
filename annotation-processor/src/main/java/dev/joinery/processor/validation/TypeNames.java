package dev.joinery.processor.validation;

import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Type names as a reader of a message wants them: without package, with enclosing classes. */
final class TypeNames {
  private TypeNames() {}

  static String of(TypeMirror type) {
    if (type == null) {
      return "nothing";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = nested(declared.asElement());
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    return name + declared.getTypeArguments().stream().map(TypeNames::of).collect(Collectors.joining(", ", "<", ">"));
  }

  private static String nested(Element element) {
    Element enclosing = element.getEnclosingElement();
    String name = element.getSimpleName().toString();
    return enclosing instanceof TypeElement ? nested(enclosing) + "." + name : name;
  }
}
