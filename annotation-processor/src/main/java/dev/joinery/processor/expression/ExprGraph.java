package dev.joinery.processor.expression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An expression as the graph it is: a local variable read twice is one node with two parents,
 * not two copies. Walks here visit each node once and never recurse, so neither a long chain
 * ({@code a + b + ... }) nor a local built from itself many times over makes them deep or slow.
 */
public final class ExprGraph {
  private ExprGraph() {}

  /** The direct operands of {@code e}, left to right. */
  public static List<Expr> operands(Expr e) {
    if (e instanceof Expr.Unary u) {
      return List.of(u.operand());
    } else if (e instanceof Expr.Binary b) {
      return List.of(b.left(), b.right());
    } else if (e instanceof Expr.Conditional c) {
      return List.of(c.condition(), c.whenTrue(), c.whenFalse());
    } else if (e instanceof Expr.IsNull n) {
      return List.of(n.operand());
    } else if (e instanceof Expr.NullSafeEquals n) {
      return List.of(n.left(), n.right());
    } else if (e instanceof Expr.Call c) {
      return c.arguments();
    } else if (e instanceof Expr.Cast c) {
      return List.of(c.operand());
    } else if (e instanceof Expr.NonNull n) {
      return List.of(n.operand());
    } else if (e instanceof Expr.NonZero n) {
      return List.of(n.operand());
    } else if (e instanceof Expr.NewRecord r) {
      return r.components();
    }
    return List.of();
  }

  /** Every node reachable from {@code roots}, each once, operands before the node that uses them. */
  public static List<Expr> postOrder(List<Expr> roots) {
    return postOrder(roots, e -> false);
  }

  /** {@link #postOrder(List)}, leaving out the nodes {@code done} accepts and everything only they reach. */
  public static List<Expr> postOrder(List<Expr> roots, Predicate<Expr> done) {
    List<Expr> order = new ArrayList<>();
    Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> stack = new ArrayDeque<>();
    for (Expr root : roots) {
      if (seen.add(root) && !done.test(root)) {
        stack.push(new Object[] {root, 0});
      }
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        Expr node = (Expr) top[0];
        List<Expr> operands = operands(node);
        int next = (Integer) top[1];
        if (next < operands.size()) {
          top[1] = next + 1;
          Expr operand = operands.get(next);
          if (seen.add(operand) && !done.test(operand)) {
            stack.push(new Object[] {operand, 0});
          }
        } else {
          stack.pop();
          order.add(node);
        }
      }
    }
    return order;
  }

  /** Per node, how many times the roots and other nodes use it. */
  public static Map<Expr, Integer> uses(List<Expr> roots) {
    Map<Expr, Integer> uses = new IdentityHashMap<>();
    roots.forEach(r -> uses.merge(r, 1, Integer::sum));
    for (Expr node : postOrder(roots)) {
      operands(node).forEach(o -> uses.merge(o, 1, Integer::sum));
    }
    return uses;
  }

  /**
   * The number of nodes {@code root} has written out as a tree, which is what Spark's plan holds
   * (it copies shared subexpressions), up to {@code cap}: anything larger counts as {@code cap}.
   */
  public static long treeSize(Expr root, long cap) {
    Map<Expr, Long> sizes = new IdentityHashMap<>();
    for (Expr node : postOrder(List.of(root))) {
      long size = 1;
      for (Expr operand : operands(node)) {
        size = Math.min(cap, size + sizes.get(operand));
      }
      sizes.put(node, size);
    }
    return sizes.get(root);
  }
}
