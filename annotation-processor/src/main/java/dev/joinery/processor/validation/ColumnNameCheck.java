package dev.joinery.processor.validation;

import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks a table's {@code @Column} names: none blank, and no two components reading the same
 * column (Spark matches column names ignoring case, so neither may two names that differ only in
 * case).
 */
final class ColumnNameCheck {
  private static final String COLUMN = "dev.joinery.annotations.Column";

  private final AnnotationValues annotations;

  ColumnNameCheck(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  void check(TableModel table, Diagnostics diagnostics) {
    Map<String, Component> byColumn = new HashMap<>();
    for (Component component : table.record().components()) {
      if (component.columnName().isBlank()) {
        error(diagnostics, "Component '" + component.name() + "' of table '" + table.name() + "' has a blank"
            + " @Column name; give the column's name in the data, or drop @Column to use '" + component.name() + "'.",
            component);
        continue;
      }
      Component same = byColumn.putIfAbsent(component.columnName().toLowerCase(Locale.ROOT), component);
      if (same != null && (same.isMapped() || component.isMapped())) {
        error(diagnostics, "Components '" + same.name() + "' and '" + component.name() + "' of table '"
            + table.name() + "' both read column '" + component.columnName() + "'"
            + (same.columnName().equals(component.columnName()) ? "" : " (Spark matches column names ignoring case)")
            + "; each column maps to one component. Fix the @Column names.", component);
      }
    }
  }

  private void error(Diagnostics diagnostics, String message, Component component) {
    AnnotationMirror column = AnnotationValues.find(component.element(), COLUMN).orElse(null);
    if (column == null) {
      diagnostics.error(Tag.COLUMN_NAME, message, component.element());
    } else {
      diagnostics.error(Tag.COLUMN_NAME, message, component.element(), column, annotations.value(column, "value"));
    }
  }
}
