package dev.joinery.crawler.drift;

import dev.joinery.catalog.TableEntry;
import dev.joinery.catalog.TableEntry.ColumnEntry;
import dev.joinery.crawler.drift.Change.Kind;
import dev.joinery.crawler.inference.InferredColumn;
import dev.joinery.crawler.source.ExistingRecord;
import dev.joinery.crawler.source.ExistingRecord.RecordColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what a crawl found with the table's record and its catalog entry: columns added,
 * removed, retyped, nullability changed, and (against the partitions recorded by the last crawl)
 * new partitions. Columns are matched by their names in the data.
 *
 * <p>Nullability drifts one way only: a column the record declares nullable that the sample never
 * had empty is no drift (a sample proves no absence of nulls), one declared not null that is now
 * empty is.
 */
public final class DriftCheck {
  private DriftCheck() {}

  public static List<Change> against(ExistingRecord record, List<InferredColumn> data) {
    Map<String, Described> described = new LinkedHashMap<>();
    for (RecordColumn column : record.columns()) {
      described.put(column.column(), new Described(column.sqlType(), column.nullable()));
    }
    return compare("record", described, data);
  }

  public static List<Change> against(TableEntry catalog, List<InferredColumn> data) {
    Map<String, Described> described = new LinkedHashMap<>();
    for (ColumnEntry column : catalog.columns()) {
      described.put(column.name(), new Described(column.type(), column.nullable()));
    }
    return compare("catalog", described, data);
  }

  /** Partition folders found now that the last crawl did not see. */
  public static List<Change> newPartitions(Set<String> known, List<String> found) {
    return found.stream().filter(p -> !known.contains(p))
        .map(p -> new Change(Kind.NEW_PARTITION, "last crawl", p, null, null)).toList();
  }

  private record Described(String sqlType, boolean nullable) {}

  private static List<Change> compare(String against, Map<String, Described> described, List<InferredColumn> data) {
    List<Change> changes = new ArrayList<>();
    Map<String, InferredColumn> found = new LinkedHashMap<>();
    data.forEach(c -> found.put(c.name(), c));
    for (InferredColumn column : data) {
      Described before = described.get(column.name());
      if (before == null) {
        changes.add(new Change(Kind.ADDED, against, column.name(), null, column.sqlType()));
        continue;
      }
      boolean narrower = before.sqlType().equals("int") && column.fitsInt(); // int declared, int-sized values
      if (!narrower && !sameType(before.sqlType(), column.sqlType())) {
        changes.add(new Change(Kind.RETYPED, against, column.name(), before.sqlType(), column.sqlType()));
      }
      if (!before.nullable() && column.nullable()) {
        changes.add(new Change(Kind.NULLABILITY, against, column.name(), "not null", "nullable"));
      }
    }
    described.forEach((name, before) -> {
      if (!found.containsKey(name)) {
        changes.add(new Change(Kind.REMOVED, against, name, before.sqlType(), null));
      }
    });
    return changes;
  }

  /** Nested types are compared by kind only: the record's text names a struct's record, not its fields. */
  private static boolean sameType(String described, String found) {
    for (String nested : List.of("array", "map", "struct")) {
      if (described.equals(nested) || found.startsWith(nested + "<") && described.startsWith(nested)) {
        return found.startsWith(nested);
      }
    }
    return described.equals(found);
  }
}
