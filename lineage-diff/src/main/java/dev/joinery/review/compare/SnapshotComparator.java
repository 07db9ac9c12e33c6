package dev.joinery.review.compare;

import dev.joinery.review.compare.Change.Kind;
import dev.joinery.review.compare.Change.What;
import dev.joinery.review.impact.Impact;
import dev.joinery.review.impact.ImpactAnalysis;
import dev.joinery.review.snapshot.Snapshot;
import dev.joinery.review.snapshot.Snapshot.Column;
import dev.joinery.review.snapshot.Snapshot.Dep;
import dev.joinery.review.snapshot.Snapshot.Job;
import dev.joinery.review.snapshot.Snapshot.Lineage;
import dev.joinery.review.snapshot.Snapshot.Step;
import dev.joinery.review.snapshot.Snapshot.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists what differs between two builds' lineage and classifies each change by what it does to
 * readers downstream, with the downstream tables and columns it reaches.
 */
public final class SnapshotComparator {
  /** Step kinds that decide which rows flow (or how many). */
  private static final Set<String> ROW_KINDS =
      Set.of("filter", "join", "aggregate", "deduplicate", "drop nulls", "union", "flat map");

  private final Snapshot base;
  private final Snapshot head;
  private final ImpactAnalysis baseImpact;
  private final ImpactAnalysis headImpact;
  private final List<Change> changes = new ArrayList<>();
  /** Per table, old column name to new, so a rename is one change and not a removal plus an addition. */
  private final Map<String, Map<String, String>> renames = new TreeMap<>();

  public SnapshotComparator(Snapshot base, Snapshot head) {
    this.base = base;
    this.head = head;
    this.baseImpact = new ImpactAnalysis(base);
    this.headImpact = new ImpactAnalysis(head);
  }

  /** Every change, most severe first, then by subject. */
  public List<Change> compare() {
    changes.clear();
    compareTables();
    compareJobs();
    changes.sort(Comparator.comparing(Change::severity).reversed().thenComparing(Change::subject)
        .thenComparing(Change::label));
    return List.copyOf(changes);
  }

  private void compareTables() {
    for (String name : union(base.tables().keySet(), head.tables().keySet())) {
      Table before = base.tables().get(name);
      Table after = head.tables().get(name);
      if (before == null) {
        add(Severity.NON_BREAKING, What.TABLE, Kind.ADDED, name, describe(after), null, null, Impact.NONE);
      } else if (after == null) {
        add(Severity.BREAKING, What.TABLE, Kind.REMOVED, name, "no longer declared; readers lose it", null, null,
            baseImpact.ofRows(name));
      } else {
        compareTable(before, after);
      }
    }
  }

  private void compareTable(Table before, Table after) {
    String name = before.name();
    if (!before.format().equals(after.format()) || !before.location().equals(after.location())) {
      add(Severity.BREAKING, What.TABLE, Kind.CHANGED, name, "stored as " + before.format() + " at " + before.location()
          + " → " + after.format() + " at " + after.location() + "; readers outside this build look elsewhere",
          null, null, headImpact.ofRows(name));
    }
    if (!before.description().equals(after.description())) {
      add(Severity.NON_BREAKING, What.TABLE, Kind.CHANGED, name, "description changed", before.description(),
          after.description(), Impact.NONE);
    }
    List<Column> removed = new ArrayList<>();
    List<Column> added = new ArrayList<>();
    for (Column column : before.columns()) {
      Column now = after.column(column.name()).orElse(null);
      if (now == null) {
        removed.add(column);
      } else if (!now.type().equals(column.type())) {
        add(Severity.PARTIALLY_BREAKING, What.COLUMN, Kind.CHANGED, name + "." + column.name(),
            "type " + column.type() + " → " + now.type(), null, null, headImpact.ofColumn(name, column.name()));
      } else if (now.nullable() != column.nullable()) {
        // A column that may no longer be null is safe to read; one that now may be null is not.
        add(now.nullable() ? Severity.PARTIALLY_BREAKING : Severity.NON_BREAKING, What.COLUMN, Kind.CHANGED,
            name + "." + column.name(), now.nullable() ? "NOT NULL → nullable" : "nullable → NOT NULL", null, null,
            now.nullable() ? headImpact.ofColumn(name, column.name()) : Impact.NONE);
      }
    }
    for (Column column : after.columns()) {
      if (before.column(column.name()).isEmpty()) {
        added.add(column);
      }
    }
    for (Column old : removed) {
      Column renamed = renameOf(old, before, after, added);
      if (renamed != null) {
        added.remove(renamed);
        renames.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(old.name(), renamed.name());
        add(Severity.PARTIALLY_BREAKING, What.COLUMN, Kind.RENAMED, name + "." + old.name(),
            "renamed to " + renamed.name(), old.name(), renamed.name(), baseImpact.ofColumn(name, old.name()));
      } else {
        add(Severity.PARTIALLY_BREAKING, What.COLUMN, Kind.REMOVED, name + "." + old.name(), old.type() + " removed",
            null, null, baseImpact.ofColumn(name, old.name()));
      }
    }
    for (Column column : added) {
      add(Severity.NON_BREAKING, What.COLUMN, Kind.ADDED, name + "." + column.name(),
          column.type() + (column.nullable() ? "" : " NOT NULL") + " added", null, null, Impact.NONE);
    }
  }

  /**
   * The added column that is the removed one under a new name: same type and nullability, and the
   * same lineage when a job of both builds writes the table, else the same position.
   */
  private Column renameOf(Column old, Table before, Table after, List<Column> added) {
    for (Column candidate : added) {
      if (!candidate.type().equals(old.type()) || candidate.nullable() != old.nullable()) {
        continue;
      }
      List<Dep> oldLineage = columnLineage(base, before.name(), old.name());
      List<Dep> newLineage = columnLineage(head, after.name(), candidate.name());
      boolean sameLineage = oldLineage != null && newLineage != null && Set.copyOf(oldLineage).equals(Set.copyOf(newLineage));
      boolean samePosition = before.columns().indexOf(old) == after.columns().indexOf(candidate);
      if (oldLineage != null && newLineage != null ? sameLineage : samePosition) {
        return candidate;
      }
    }
    return null;
  }

  private static List<Dep> columnLineage(Snapshot snapshot, String table, String column) {
    for (Job job : snapshot.jobs().values()) {
      Lineage lineage = job.outputs().get(table);
      if (lineage != null) {
        return lineage.fields().get(column);
      }
    }
    return null;
  }

  private void compareJobs() {
    for (String name : union(base.jobs().keySet(), head.jobs().keySet())) {
      Job before = base.jobs().get(name);
      Job after = head.jobs().get(name);
      if (before == null) {
        add(Severity.NON_BREAKING, What.JOB, Kind.ADDED, name, "reads " + String.join(", ", after.inputs())
            + "; writes " + String.join(", ", after.outputs().keySet()), null, null, Impact.NONE);
      } else if (after == null) {
        Impact impact = Impact.NONE;
        for (String table : before.outputs().keySet()) {
          impact = impact.plus(baseImpact.ofRows(table), table);
        }
        add(Severity.BREAKING, What.JOB, Kind.REMOVED, name, "no longer writes " + String.join(", ",
            before.outputs().keySet()), null, null, impact);
      } else {
        compareJob(before, after);
      }
    }
  }

  private void compareJob(Job before, Job after) {
    String name = before.name();
    if (!before.schedule().equals(after.schedule())) {
      add(Severity.NON_BREAKING, What.JOB, Kind.CHANGED, name, "schedule '" + before.schedule() + "' → '"
          + after.schedule() + "'", null, null, Impact.NONE);
    }
    if (!before.description().equals(after.description())) {
      add(Severity.NON_BREAKING, What.JOB, Kind.CHANGED, name, "description changed", before.description(),
          after.description(), Impact.NONE);
    }
    Map<String, String> tableRenames = renamesRead(after);
    for (String stepName : union(names(before.steps()), names(after.steps()))) {
      Step old = before.step(stepName).orElse(null);
      Step now = after.step(stepName).orElse(null);
      String subject = name + "." + stepName;
      if (old == null) {
        add(stepSeverity(now.kind()), What.STEP, Kind.ADDED, subject, now.kind() + " added", null, now.definition(),
            headImpact.ofStep(name, stepName, ROW_KINDS.contains(now.kind()), null));
      } else if (now == null) {
        add(stepSeverity(old.kind()), What.STEP, Kind.REMOVED, subject, old.kind() + " removed", old.definition(), null,
            baseImpact.ofStep(name, stepName, ROW_KINDS.contains(old.kind()), null));
      } else if (!old.kind().equals(now.kind()) || !old.inputs().equals(now.inputs())
          || !old.definition().equals(undoRenames(now.definition(), tableRenames))) {
        String what = !old.kind().equals(now.kind()) ? old.kind() + " → " + now.kind()
            : !old.inputs().equals(now.inputs()) ? "reads " + old.inputs() + " → " + now.inputs()
            : now.kind() + " definition changed";
        add(stepSeverity(now.kind()), What.STEP, Kind.CHANGED, subject, what, old.definition(), now.definition(),
            headImpact.ofStep(name, stepName, ROW_KINDS.contains(now.kind()), null));
      }
    }
    compareLineage(before, after);
  }

  private static Severity stepSeverity(String kind) {
    return ROW_KINDS.contains(kind) ? Severity.BREAKING
        : kind.equals("sort") ? Severity.NON_BREAKING : Severity.PARTIALLY_BREAKING;
  }

  /** Column-lineage edges of the tables the job writes in both builds, for columns in both. */
  private void compareLineage(Job before, Job after) {
    for (Map.Entry<String, Lineage> output : after.outputs().entrySet()) {
      String table = output.getKey();
      Lineage old = before.outputs().get(table);
      if (old == null) {
        continue;
      }
      for (Map.Entry<String, List<Dep>> field : output.getValue().fields().entrySet()) {
        List<Dep> oldDeps = old.fields().get(oldName(table, field.getKey()));
        if (oldDeps != null) {
          edges(table + "." + field.getKey(), oldDeps, field.getValue(), headImpact.ofColumn(table, field.getKey()),
              table);
        }
      }
      edges(table, old.dataset(), output.getValue().dataset(), headImpact.ofRows(table), table);
    }
  }

  private void edges(String subject, List<Dep> before, List<Dep> after, Impact downstream, String table) {
    Set<Dep> old = new LinkedHashSet<>(before);
    Set<Dep> now = new LinkedHashSet<>();
    for (Dep dep : after) {
      // An edge from a renamed source column is the same edge.
      now.add(new Dep(dep.dataset(), oldName(dep.dataset(), dep.field()), dep.type(), dep.subtype(), dep.description()));
    }
    for (Dep dep : old) {
      if (!now.contains(dep)) {
        edge(Kind.REMOVED, subject, dep, downstream, table);
      }
    }
    for (Dep dep : now) {
      if (!old.contains(dep)) {
        edge(Kind.ADDED, subject, dep, downstream, table);
      }
    }
  }

  private void edge(Kind kind, String subject, Dep dep, Impact downstream, String table) {
    Severity severity = dep.direct() ? Severity.PARTIALLY_BREAKING : Severity.BREAKING;
    Impact impact = dep.direct() ? downstream : headImpact.ofRows(table).plus(Impact.NONE, table);
    add(severity, What.LINEAGE, kind, subject, (kind == Kind.ADDED ? "now from " : "no longer from ") + dep, null, null,
        impact);
  }

  /** The base build's name of a head build's column: itself unless it was renamed. */
  private String oldName(String table, String column) {
    return renames.getOrDefault(table, Map.of()).entrySet().stream().filter(e -> e.getValue().equals(column))
        .map(Map.Entry::getKey).findFirst().orElse(column);
  }

  /** Old name to new name of every renamed column of the tables the job reads or writes. */
  private Map<String, String> renamesRead(Job job) {
    Map<String, String> all = new LinkedHashMap<>();
    for (String table : union(new TreeSet<>(job.inputs()), job.outputs().keySet())) {
      all.putAll(renames.getOrDefault(table, Map.of()));
    }
    return all;
  }

  /** A new definition with renamed columns spelled as before, so a rename alone does not read as a redefinition. */
  private static String undoRenames(String definition, Map<String, String> renames) {
    String text = definition;
    for (Map.Entry<String, String> rename : renames.entrySet()) {
      text = text.replaceAll("\\b" + Pattern.quote(rename.getValue()) + "\\b", Matcher.quoteReplacement(rename.getKey()));
    }
    return text;
  }

  private void add(Severity severity, What what, Kind kind, String subject, String detail, String before, String after,
      Impact impact) {
    changes.add(new Change(severity, what, kind, subject, detail, before, after, impact));
  }

  private static String describe(Table table) {
    return table.format() + " at " + table.location() + ", " + table.columns().size() + " columns";
  }

  private static Set<String> names(List<Step> steps) {
    Set<String> names = new LinkedHashSet<>();
    steps.forEach(s -> names.add(s.name()));
    return names;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
