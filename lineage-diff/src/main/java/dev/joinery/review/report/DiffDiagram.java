package dev.joinery.review.report;

import dev.joinery.diagram.model.Diagram;
import dev.joinery.diagram.model.Edge;
import dev.joinery.diagram.model.Node;
import dev.joinery.diagram.model.Node.Mark;
import dev.joinery.review.compare.Change;
import dev.joinery.review.compare.Change.Kind;
import dev.joinery.review.compare.Change.What;
import dev.joinery.review.impact.Impact;
import dev.joinery.review.snapshot.Snapshot;
import dev.joinery.review.snapshot.Snapshot.Column;
import dev.joinery.review.snapshot.Snapshot.Job;
import dev.joinery.review.snapshot.Snapshot.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of the lineage graph a diff touches: changed tables and jobs, and everything downstream
 * of them, coloured by what happened, with the changed and hit columns marked in each table.
 */
public final class DiffDiagram {
  private DiffDiagram() {}

  public static Diagram of(List<Change> changes, Snapshot base, Snapshot head) {
    Map<String, Mark> tables = new TreeMap<>();
    Map<String, Mark> jobs = new TreeMap<>();
    Map<String, String> columnMarks = new TreeMap<>();
    for (Change change : changes) {
      change.impact().allTables().forEach(t -> tables.putIfAbsent(t, Mark.IMPACTED));
      change.impact().columns().forEach(c -> columnMarks.putIfAbsent(c, "↳ "));
    }
    for (Change change : changes) {
      switch (change.what()) {
        case TABLE -> tables.put(change.subject(), mark(change.kind()));
        case COLUMN, LINEAGE -> {
          String table = head.tables().containsKey(change.subject()) ? change.subject() : Impact.tableOf(change.subject());
          tables.put(table, Mark.CHANGED);
          if (change.kind() == Kind.RENAMED) {
            columnMarks.put(table + "." + change.after(), "~ (was " + change.before() + ") ");
            columnMarks.put(change.subject(), null);
          } else if (change.what() == What.COLUMN) {
            columnMarks.put(change.subject(), switch (change.kind()) {
              case ADDED -> "+ ";
              case REMOVED -> "− ";
              default -> "~ ";
            });
          }
        }
        case JOB -> jobs.put(change.subject(), mark(change.kind()));
        case STEP -> jobs.putIfAbsent(change.subject().substring(0, change.subject().indexOf('.')), Mark.CHANGED);
      }
    }
    // Jobs that carry the change from one drawn table to another.
    for (Snapshot snapshot : List.of(head, base)) {
      for (Job job : snapshot.jobs().values()) {
        if (job.inputs().stream().anyMatch(tables::containsKey)
            && job.outputs().keySet().stream().anyMatch(tables::containsKey)) {
          jobs.putIfAbsent(job.name(), Mark.NONE);
        }
      }
    }
    for (String job : jobs.keySet()) {
      Job definition = find(head.jobs(), base.jobs(), job);
      definition.inputs().forEach(t -> tables.putIfAbsent(t, Mark.NONE));
      definition.outputs().keySet().forEach(t -> tables.putIfAbsent(t, Mark.NONE));
    }

    Diagram diagram = new Diagram("Lineage changes");
    for (Map.Entry<String, Mark> table : tables.entrySet()) {
      diagram.node(new Node("t:" + table.getKey(), Node.Kind.TABLE, List.of(table.getKey()),
          columns(table.getKey(), base, head, columnMarks), table.getValue()));
    }
    for (Map.Entry<String, Mark> job : jobs.entrySet()) {
      diagram.node(new Node("j:" + job.getKey(), Node.Kind.JOB, List.of(job.getKey()), List.of(), job.getValue()));
    }
    Set<String> drawn = new TreeSet<>();
    for (String job : jobs.keySet()) {
      Job definition = find(head.jobs(), base.jobs(), job);
      for (String input : definition.inputs()) {
        if (drawn.add(input + ">" + job)) {
          diagram.edge(new Edge("t:" + input, "j:" + job, "reads"));
        }
      }
      for (String output : definition.outputs().keySet()) {
        if (drawn.add(job + ">" + output)) {
          diagram.edge(new Edge("j:" + job, "t:" + output, "writes"));
        }
      }
    }
    return diagram.markLegend(List.of(Mark.ADDED, Mark.REMOVED, Mark.CHANGED, Mark.IMPACTED));
  }

  /** The table's columns (of the head build, then any removed ones), each with its mark. */
  private static List<String> columns(String table, Snapshot base, Snapshot head, Map<String, String> marks) {
    List<String> columns = new ArrayList<>();
    Table now = head.tables().get(table);
    Table before = base.tables().get(table);
    if (now == null && before == null) {
      return columns;
    }
    List<Column> all = new ArrayList<>(now != null ? now.columns() : before.columns());
    if (now != null && before != null) {
      before.columns().stream().filter(c -> now.column(c.name()).isEmpty()).forEach(all::add);
    }
    for (Column column : all) {
      if (marks.containsKey(table + "." + column.name()) && marks.get(table + "." + column.name()) == null) {
        continue; // renamed: shown under its new name
      }
      columns.add(marks.getOrDefault(table + "." + column.name(), "") + column.name() + " : " + column.type());
    }
    return columns;
  }

  private static Job find(Map<String, Job> head, Map<String, Job> base, String name) {
    return head.containsKey(name) ? head.get(name) : base.get(name);
  }

  private static Mark mark(Kind kind) {
    return switch (kind) {
      case ADDED -> Mark.ADDED;
      case REMOVED -> Mark.REMOVED;
      default -> Mark.CHANGED;
    };
  }
}
