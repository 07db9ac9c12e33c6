package dev.joinery.processor.expression;

import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.Catalog;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.TableExpectation;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.ExpectationReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * The conditions of tables' {@code @Expect} methods, translated to Spark as filter bodies are.
 * Rules never run as JVM code, so a condition outside the translatable subset is an error, not a
 * note.
 */
public final class RuleConditions {
  private final Map<ExecutableElement, Expr> byMethod = new HashMap<>();

  public RuleConditions(Catalog catalog, BodyReader reader, Diagnostics diagnostics) {
    for (TableModel table : catalog.tables()) {
      for (TableExpectation rule : ExpectationReader.ofTable(table.record())) {
        if (rule.isRowCount()) {
          continue;
        }
        Translation translation = reader.read(rule.method(), List.of(table.record()), new boolean[1]);
        String why;
        if (translation instanceof Translation.Translated t && t.expression().type().kind() == Kind.BOOLEAN) {
          if (ExprGraph.treeSize(t.expression(), StepTranslations.LARGEST_TREE + 1) <= StepTranslations.LARGEST_TREE) {
            byMethod.put(rule.method(), t.expression());
            continue;
          }
          why = "size (more than " + StepTranslations.LARGEST_TREE + " operations written out)";
        } else {
          why = translation instanceof Translation.OnJvm jvm ? jvm.construct() : "result, which is not a boolean";
        }
        diagnostics.atTree(Tag.BAD_EXPECTATION, "Rule " + rule.name() + " of table " + table.name() + " ("
            + table.record().simpleName() + "." + rule.method().getSimpleName() + "()) must run as a Spark"
            + " expression, and its " + why + " is outside what Joinery translates; rewrite the condition within the"
            + " translatable subset (see the README).", rule.method(),
            translation instanceof Translation.OnJvm jvm ? jvm.tree() : java.util.Optional.empty(), true);
      }
    }
  }

  /** The condition of a rule's method, translated. */
  public Expr of(ExecutableElement method) {
    return byMethod.get(method);
  }
}
