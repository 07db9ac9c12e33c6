package dev.joinery.review.impact;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a change reaches downstream.
 *
 * @param tables tables whose rows may differ (every column of them is hit)
 * @param columns {@code table.column}s whose values may differ, in tables not already in {@code tables}
 */
public record Impact(SortedSet<String> tables, SortedSet<String> columns) {
  public static final Impact NONE = new Impact(new TreeSet<>(), new TreeSet<>());

  /** The impact on {@code tables}' rows and on {@code columns}, leaving out columns of those tables (all of them are hit). */
  public static Impact of(Collection<String> tables, Collection<String> columns) {
    TreeSet<String> rows = new TreeSet<>(tables);
    TreeSet<String> values = new TreeSet<>();
    columns.stream().filter(c -> !rows.contains(tableOf(c))).forEach(values::add);
    return new Impact(rows, values);
  }

  /** Both impacts, and the rows of {@code table} besides. */
  public Impact plus(Impact other, String table) {
    TreeSet<String> rows = new TreeSet<>(tables);
    rows.addAll(other.tables);
    rows.add(table);
    TreeSet<String> values = new TreeSet<>(columns);
    values.addAll(other.columns);
    return of(rows, values);
  }

  /** The table of a {@code table.column} name (table names may hold dots themselves). */
  public static String tableOf(String column) {
    return column.substring(0, column.lastIndexOf('.'));
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  /** Every table reached, by its rows or by some of its columns. */
  public SortedSet<String> allTables() {
    SortedSet<String> all = new TreeSet<>(tables);
    columns.forEach(c -> all.add(tableOf(c)));
    return all;
  }
}
