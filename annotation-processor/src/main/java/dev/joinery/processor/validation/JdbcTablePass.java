package dev.joinery.processor.validation;

import dev.joinery.annotations.Format;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks database tables ({@code format = JDBC}): a connection is named, and only there; the location
 * is a table name; no directory partitions; options neither carry what the connection holds nor split
 * reads on a column that cannot be split; and no job bookmarks one, as bookmarks follow files.
 */
public final class JdbcTablePass implements ValidationPass {
  /** Component kinds Spark's JDBC source can split a read on. */
  private static final Set<Kind> SPLITTABLE = EnumSet.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG, Kind.DATE,
      Kind.TIMESTAMP, Kind.TIMESTAMP_NTZ);
  /** Options that belong to the connection: the URL, the driver and, above all, credentials. */
  private static final Set<String> CONNECTION_OPTIONS = Set.of("url", "driver", "user", "password", "dbtable", "query");
  private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_$]*";

  private final AnnotationValues annotations;

  public JdbcTablePass(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (TableModel table : build.catalog().tables()) {
      if (table.format() != Format.JDBC) {
        if (!table.connection().isEmpty()) {
          error(diagnostics, table, "connection", "Table '" + table.name() + "' is " + table.format()
              + ", and only a JDBC table reads through a connection. Remove connection = \"" + table.connection()
              + "\", or declare format = Format.JDBC.");
        }
        continue;
      }
      checkJdbc(table, diagnostics);
    }
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      List<AnnotationValue> values = annotations.array(job.annotation(), "bookmarks");
      for (int i = 0; i < job.bookmarks().size(); i++) {
        String name = job.bookmarks().get(i);
        boolean database = build.catalog().tables().stream()
            .anyMatch(t -> t.name().equals(name) && t.format() == Format.JDBC);
        if (database) {
          diagnostics.error(Tag.JOB_DEFINITION, "Bookmark '" + name + "' of job " + job.name() + " is a database"
              + " table; bookmarks follow files and Iceberg snapshots, so a run cannot tell its new rows. Filter"
              + " on a column instead (a step keeping rows newer than a date).", job.element(), job.annotation(),
              values.get(i));
        }
      }
    }
  }

  private void checkJdbc(TableModel table, Diagnostics diagnostics) {
    if (table.connection().isEmpty()) {
      error(diagnostics, table, "format", "Table '" + table.name() + "' is JDBC but names no connection; add"
          + " connection = \"shop_db\", a connection declared with `joinery connection add shop_db --url"
          + " jdbc:postgresql://host:5432/db`.");
    } else if (!table.connection().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      error(diagnostics, table, "connection", "Connection name '" + table.connection() + "' of table '"
          + table.name() + "' must be letters, digits and _, as in \"shop_db\".");
    }
    if (!table.location().isBlank() && !table.location().matches(IDENTIFIER + "(\\." + IDENTIFIER + "){0,2}")) {
      error(diagnostics, table, "location", "Table '" + table.name() + "' is JDBC, so its location is the database"
          + " table, as in location = \"public.orders\"; '" + table.location() + "' is not a table name.");
    }
    if (!table.partitionBy().isEmpty()) {
      diagnostics.error(Tag.TABLE_DEFINITION, "Table '" + table.name() + "' is a database table, which has no"
          + " directory partitions. Remove partitionBy; to read it in parallel ranges, declare"
          + " options = \"partitionColumn=" + table.partitionBy().get(0).name() + "\".", table.partitionBy().get(0));
    }
    for (NameRef option : table.options()) {
      int eq = option.name().indexOf('=');
      if (eq < 0) {
        continue; // TablePass reports it
      }
      String key = option.name().substring(0, eq).strip();
      String value = option.name().substring(eq + 1).strip();
      if (CONNECTION_OPTIONS.contains(key.toLowerCase(Locale.ROOT))) {
        diagnostics.error(Tag.TABLE_DEFINITION, "Option '" + key + "' of table '" + table.name() + "' belongs to"
            + " the connection: the URL and driver are declared with `joinery connection add`, credentials in the"
            + " environment or the secrets file, never in code; the table is its location.", option);
      } else if (key.equals("partitionColumn")) {
        Optional<Component> column = table.record().component(value);
        if (column.isEmpty()) {
          diagnostics.error(Tag.UNKNOWN_COLUMN, "Partition column '" + value + "' of table '" + table.name()
              + "' is not a component of " + table.record().simpleName() + "."
              + NameSuggestions.didYouMean(value, table.record().componentNames()), option);
        } else if (!SPLITTABLE.contains(column.get().type().kind())) {
          diagnostics.error(Tag.TABLE_DEFINITION, "Table '" + table.name() + "' cannot be read in ranges of '"
              + value + "', which is " + column.get().type().sqlName() + "; choose an integer, date or timestamp"
              + " column.", option);
        }
      }
    }
  }

  private void error(Diagnostics diagnostics, TableModel table, String member, String message) {
    diagnostics.error(Tag.TABLE_DEFINITION, message, table.record().element(), table.annotation(),
        annotations.value(table.annotation(), member));
  }
}
