package dev.joinery.processor.expression;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.joinery.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The components a method body reads from each parameter, for the conservative lineage of steps
 * that run as JVM code: every {@code p.component()} call, and every component of a parameter that
 * is used whole (passed on, stored, returned).
 */
public final class ComponentUse {
  private ComponentUse() {}

  /** Per parameter, the components read, in the order they first appear. */
  public static List<Set<String>> of(Trees trees, HandWrittenMembers handWritten, ExecutableElement method,
      List<RecordModel> inputs) {
    List<? extends VariableElement> parameters = method.getParameters();
    List<Set<String>> used = new ArrayList<>();
    inputs.forEach(i -> used.add(new LinkedHashSet<>()));
    TreePath path = trees.getPath(method);
    if (path == null || handWritten.canonicalConstructorBeside(method).isPresent()) {
      return everyComponent(inputs);
    }
    try {
      scan(trees, path, parameters, inputs, used);
    } catch (StackOverflowError tooDeep) {
      // A body nested deeper than the scan can follow: claim every component, which is never wrong.
      return everyComponent(inputs);
    }
    return used;
  }

  private static List<Set<String>> everyComponent(List<RecordModel> inputs) {
    return inputs.stream().<Set<String>>map(i -> new LinkedHashSet<>(i.componentNames())).toList();
  }

  private static void scan(Trees trees, TreePath path, List<? extends VariableElement> parameters,
      List<RecordModel> inputs, List<Set<String>> used) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getArguments().isEmpty() && call.getMethodSelect() instanceof MemberSelectTree select
            && select.getExpression() instanceof IdentifierTree receiver) {
          int p = parameters.indexOf(trees.getElement(
              new TreePath(new TreePath(getCurrentPath(), select), receiver)));
          String name = select.getIdentifier().toString();
          if (p >= 0 && inputs.get(p).component(name).isPresent()) {
            used.get(p).add(name);
            return null;
          }
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        int p = parameters.indexOf(trees.getElement(getCurrentPath()));
        if (p >= 0) {
          used.get(p).addAll(inputs.get(p).componentNames());
        }
        return null;
      }
    }.scan(new TreePath(path, ((com.sun.source.tree.MethodTree) path.getLeaf()).getBody()), null);
  }
}
