package dev.joinery.processor.lineage;

import dev.joinery.annotations.MalformedRows;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.TableExpectation;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.ExpectationReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;

/**
 * The columns whose values decide which of a source table's rows a read lets through, before any
 * step sees them: its {@code @Expect} rules that set rows aside ({@code QUARANTINE}) or stop the
 * run ({@code FAIL}), and, when the table skips malformed rows, every column (a row with any value
 * that does not fit its record is left out). {@code WARN} rules only count, so they decide nothing.
 */
final class ReadChecks {
  private ReadChecks() {}

  /**
   * The read's checks as indirect FILTER dependencies on the table's columns.
   *
   * @param columnsRead the components a rule's condition method reads
   */
  static List<ColumnDep> of(TableModel table, Function<ExecutableElement, Set<String>> columnsRead) {
    List<ColumnDep> checks = new ArrayList<>();
    for (Component component : table.record().components()) {
      for (Expectation rule : ExpectationReader.of(component)) {
        if (!rule.action().equals("WARN")) {
          checks.add(ColumnDep.indirect(table.name(), component.name(), "FILTER",
              "@Expect " + rule.name() + " (" + rule.action() + ")"));
        }
      }
    }
    for (TableExpectation rule : ExpectationReader.ofTable(table.record())) {
      if (!rule.isRowCount() && !rule.action().equals("WARN")) {
        for (String column : columnsRead.apply(rule.method())) {
          checks.add(ColumnDep.indirect(table.name(), column, "FILTER",
              "@Expect " + rule.name() + " (" + rule.action() + ")"));
        }
      }
    }
    if (table.malformedRows() == MalformedRows.SKIP) {
      for (Component component : table.record().components()) {
        checks.add(ColumnDep.indirect(table.name(), component.name(), "FILTER", "malformed rows skipped"));
      }
    }
    return checks;
  }
}
