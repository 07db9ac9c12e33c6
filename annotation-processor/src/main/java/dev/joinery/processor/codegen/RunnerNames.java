package dev.joinery.processor.codegen;

import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Java names of one generated runner, chosen in one place so that they never collide: the
 * constants for its tables and sinks (two table names can map to one constant, as
 * {@code sales.order_items} and {@code sales_order.items} do), and the locals of its {@code run}
 * method (a step may be named like a table's local or like a name the generated code itself uses,
 * such as the lambda parameter {@code row}). Deterministic: the same job gives the same names.
 */
final class RunnerNames {
  /** Names the body of {@code run} uses for itself: its parameter and the lambdas' row parameter. */
  private static final Set<String> RESERVED_LOCALS = Set.of("run", "row");

  private final Map<String, String> tableConstants = new HashMap<>();
  private final Map<String, String> sinkConstants = new HashMap<>();
  private final Map<String, String> stepLocals = new HashMap<>();
  private final Map<String, String> tableLocals = new HashMap<>();

  RunnerNames(JobGraph graph, List<TableModel> tables) {
    Set<String> constants = new HashSet<>();
    Map<String, TableModel> byName = new TreeMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    byName.keySet().forEach(t -> tableConstants.put(t, unique(constants, t.replaceAll("\\W", "_").toUpperCase(Locale.ROOT), "_TABLE")));
    for (Step step : graph.order()) {
      if (step.sink().isPresent()) {
        sinkConstants.put(step.name(), unique(constants,
            step.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_SINK", ""));
      }
    }
    Set<String> locals = new HashSet<>(RESERVED_LOCALS);
    graph.order().forEach(step -> stepLocals.put(step.name(), unique(locals, step.name(), "Step")));
    graph.sources().forEach(t -> tableLocals.put(t.name(), unique(locals, camelCase(t.name()), "Table")));
  }

  String tableConstant(TableModel table) {
    return tableConstants.get(table.name());
  }

  String sinkConstant(Step step) {
    return sinkConstants.get(step.name());
  }

  String stepLocal(Step step) {
    return stepLocals.get(step.name());
  }

  String tableLocal(String table) {
    return tableLocals.get(table);
  }

  /** {@code base}, or {@code base + suffix}, or that with 2, 3, ... : the first one not yet used. */
  private static String unique(Set<String> used, String base, String suffix) {
    String name = base;
    for (int n = 1; !used.add(name); n++) {
      name = base + suffix + (n == 1 ? "" : n);
    }
    return name;
  }

  private static String camelCase(String tableName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : tableName.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
