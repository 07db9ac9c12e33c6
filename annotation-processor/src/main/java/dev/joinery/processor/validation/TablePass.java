package dev.joinery.processor.validation;

import dev.joinery.annotations.Format;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Checks table declarations: names, locations, options, partitions and the column types of their records. */
public final class TablePass implements ValidationPass {
  private final AnnotationValues annotations;
  private final ColumnTypeCheck columnTypes;
  private final ColumnNameCheck columnNames;
  private final LinePatternCheck linePatterns;
  private final ResolveChoiceCheck choices = new ResolveChoiceCheck();

  public TablePass(AnnotationValues annotations, ColumnTypeCheck columnTypes) {
    this.annotations = annotations;
    this.columnTypes = columnTypes;
    this.columnNames = new ColumnNameCheck(annotations);
    this.linePatterns = new LinePatternCheck(annotations);
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (TypeElement misplaced : build.misplacedTables()) {
      diagnostics.error(Tag.TABLE_DEFINITION, misplaced.getSimpleName() + " has @Table but is a "
          + misplaced.getKind().toString().toLowerCase(java.util.Locale.ROOT)
          + "; a table's schema is a record, so declare it as `record " + misplaced.getSimpleName() + "(...)`.",
          misplaced);
    }
    Map<String, TableModel> byName = new HashMap<>();
    for (TableModel table : build.catalog().tables()) {
      TypeElement record = table.record().element();
      if (!table.name().matches(TableModel.NAME_PATTERN)) {
        diagnostics.error(Tag.TABLE_DEFINITION, "Table name '" + table.name() + "' must be database.table,"
            + " as in 'raw.orders'.", record, table.annotation(), annotations.value(table.annotation(), "name"));
      }
      TableModel first = byName.putIfAbsent(table.name(), table);
      if (first != null) {
        diagnostics.error(Tag.DUPLICATE_TABLE, "Table '" + table.name() + "' is already declared by "
            + first.record().qualifiedName() + "; each table has one record. Rename one of them.",
            record, table.annotation(), annotations.value(table.annotation(), "name"));
      }
      if (table.location().isBlank()) {
        diagnostics.error(Tag.TABLE_DEFINITION, "Table '" + table.name() + "' has no location; give the directory"
            + " that holds its files, as in location = \"data/raw/orders\".", record, table.annotation(),
            annotations.value(table.annotation(), "location"));
      }
      if (table.format() == Format.CSV && table.delimiter().isEmpty()) {
        diagnostics.error(Tag.TABLE_DEFINITION, "Table '" + table.name() + "' has an empty CSV delimiter.",
            record, table.annotation(), annotations.value(table.annotation(), "delimiter"));
      }
      if (table.format() == Format.XML && table.options().stream().noneMatch(o -> o.name().startsWith("rowTag="))) {
        diagnostics.error(Tag.TABLE_DEFINITION, "XML table '" + table.name() + "' needs the element that holds one"
            + " row: add options = \"rowTag=<element>\".", record, table.annotation(),
            annotations.value(table.annotation(), "format"));
      }
      for (NameRef option : table.options()) {
        if (!option.name().matches("[^=\\s]+=.*")) {
          diagnostics.error(Tag.TABLE_DEFINITION, "Option '" + option.name() + "' of table '" + table.name()
              + "' must be written key=value, as in \"dateFormat=dd/MM/yyyy\".", option);
        }
      }
      if (table.record().components().isEmpty()) {
        diagnostics.error(Tag.TABLE_DEFINITION, "Table '" + table.name() + "' has no columns: its record "
            + table.record().simpleName() + " has no components. Declare the columns as the record's components.",
            record);
      }
      columnNames.check(table, diagnostics);
      Map<String, Component> byLowerCase = new HashMap<>();
      for (Component component : table.record().components()) {
        Component same = byLowerCase.putIfAbsent(component.columnName().toLowerCase(java.util.Locale.ROOT), component);
        if (same != null && !same.isMapped() && !component.isMapped()) {
          diagnostics.error(Tag.TABLE_DEFINITION, "Components '" + same.name() + "' and '" + component.name()
              + "' of table '" + table.name() + "' differ only in case; Spark resolves column names ignoring case,"
              + " so they would be one column. Rename one of them.", component.element());
        }
        if (table.format() == Format.ICEBERG
            && (component.type().kind() == Kind.BYTE || component.type().kind() == Kind.SHORT)) {
          diagnostics.error(Tag.TABLE_DEFINITION, "Component '" + component.name() + "' of Iceberg table '"
              + table.name() + "' is " + component.type().sqlName() + ", which Iceberg stores as int and reads"
              + " back as int; declare it int.", component.element());
        }
      }
      linePatterns.check(table, diagnostics);
      choices.check(table, diagnostics);
      for (NameRef partition : table.partitionBy()) {
        Optional<Component> column = table.record().component(partition.name());
        if (column.isEmpty()) {
          diagnostics.error(Tag.UNKNOWN_COLUMN, "Partition column '" + partition.name() + "' is not a component of "
              + table.record().simpleName() + "."
              + NameSuggestions.didYouMean(partition.name(), table.record().componentNames()), partition);
        } else if (!isSingleValue(column.get().type())) {
          diagnostics.error(Tag.TABLE_DEFINITION, "Table '" + table.name() + "' cannot be partitioned by '"
              + partition.name() + "', which is " + column.get().type().sqlName() + "; partition by a column of a"
              + " simple type (string, number, date, boolean).", partition);
        }
      }
      for (Component component : table.record().components()) {
        columnTypes.check(component, diagnostics);
        if (table.format() == Format.CSV && !isSingleValue(component.type())) {
          diagnostics.error(Tag.TABLE_DEFINITION, "Component '" + component.name() + "' of CSV table '"
              + table.name() + "' is " + component.type().sqlName() + ", which CSV cannot store;"
              + " use JSON, Parquet, ORC or Avro for nested or binary values.", component.element());
        }
      }
    }
  }

  /** Whether the type is a single value: CSV can store it, and a table can be partitioned by it. */
  static boolean isSingleValue(ColumnType type) {
    return type.kind() != Kind.ARRAY && type.kind() != Kind.MAP && type.kind() != Kind.STRUCT
        && type.kind() != Kind.BINARY;
  }
}
