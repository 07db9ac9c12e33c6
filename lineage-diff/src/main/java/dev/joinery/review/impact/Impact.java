package dev.joinery.review.impact;

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

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  /** Every table reached, by its rows or by some of its columns. */
  public SortedSet<String> allTables() {
    SortedSet<String> all = new TreeSet<>(tables);
    columns.forEach(c -> all.add(c.substring(0, c.lastIndexOf('.'))));
    return all;
  }
}
