package dev.joinery.processor.validation;

import dev.joinery.processor.reading.AnnotationValues;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Reports record components without a Spark column type, once per component however many tables
 * and steps use the record.
 */
public final class ColumnTypeCheck {
  private final Set<Element> checked = new HashSet<>();

  public void check(RecordModel record, Diagnostics diagnostics) {
    record.components().forEach(c -> check(c, diagnostics));
  }

  public void check(Component component, Diagnostics diagnostics) {
    if (!checked.add(component.element())) {
      return;
    }
    ColumnType type = component.type();
    type.firstUnsupported().ifPresent(unsupported -> diagnostics.error(Tag.UNSUPPORTED_TYPE,
        "Component '" + component.name() + "' has type " + TypeNames.of(component.element().asType())
            + ", which Joinery cannot store in a Spark column: " + unsupported.unsupportedReason() + ".",
        component.element()));
    if (type.kind() == Kind.DECIMAL
        && (type.precision() < 1 || type.precision() > 38 || type.scale() < 0 || type.scale() > type.precision())) {
      diagnostics.error(Tag.UNSUPPORTED_TYPE, "Component '" + component.name() + "' is declared decimal("
          + type.precision() + "," + type.scale() + "); Spark decimals have a precision of 1 to 38 and a scale"
          + " between 0 and the precision.", component.element());
    }
    AnnotationValues.find(component.element(), "dev.joinery.annotations.Decimal")
        .filter(decimal -> type.kind() != Kind.DECIMAL)
        .ifPresent(decimal -> diagnostics.error(Tag.UNSUPPORTED_TYPE, "@Decimal on component '" + component.name()
            + "' of type " + TypeNames.of(component.element().asType()) + " has no effect: it sets the precision"
            + " and scale of BigDecimal components only. Remove it, or make the component a BigDecimal.",
            component.element(), decimal));
    if (type.kind() == Kind.STRUCT) {
      check(type.struct(), diagnostics);
    }
  }
}
