package dev.joinery.processor.validation;

import dev.joinery.annotations.Format;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.ResolveChoiceReader;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks {@code @ResolveChoice}: it applies where Joinery reads values as text and converts each
 * (CSV, JSON, GROK, REGEX), to a component of a single-value type. Other formats state one type per
 * column in each file's schema or in the table, so there is no choice to resolve.
 */
final class ResolveChoiceCheck {
  private static final Set<Format> TEXT_FORMATS = Set.of(Format.CSV, Format.JSON, Format.GROK, Format.REGEX);

  void check(TableModel table, Diagnostics diagnostics) {
    for (Component component : table.record().components()) {
      AnnotationMirror choice = ResolveChoiceReader.annotation(component).orElse(null);
      if (choice == null) {
        continue;
      }
      String subject = "@ResolveChoice on '" + component.name() + "' of table '" + table.name() + "'";
      if (!TEXT_FORMATS.contains(table.format())) {
        diagnostics.error(Tag.TABLE_DEFINITION, subject + ": ResolveChoice applies to CSV and JSON files (and GROK"
            + " or REGEX lines), whose values are read as text and converted one by one. " + why(table.format())
            + " Remove the annotation.", component.element(), choice);
      } else if (!TablePass.isSingleValue(component.type())) {
        diagnostics.error(Tag.TABLE_DEFINITION, subject + ": the component is " + component.type().sqlName()
            + ", which cannot be converted from text; ResolveChoice applies to numbers, decimals, dates, times,"
            + " booleans and strings.", component.element(), choice);
      }
    }
  }

  private static String why(Format format) {
    return switch (format) {
      case PARQUET -> selfDescribing("A Parquet file");
      case ORC -> selfDescribing("An ORC file");
      case AVRO -> selfDescribing("An Avro file");
      case XML -> "Spark's XML source converts XML values itself.";
      case JDBC -> "A JDBC table has one type per column.";
      default -> "An Iceberg table has one type per column.";
    };
  }

  private static String selfDescribing(String file) {
    return file + " carries one type per column in its schema, and a file whose type differs from the record is"
        + " reported by the schema drift check, naming the file and column.";
  }
}
