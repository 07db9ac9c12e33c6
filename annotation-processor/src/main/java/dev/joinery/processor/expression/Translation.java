package dev.joinery.processor.expression;

import com.sun.source.tree.Tree;
import java.util.Optional;

/**
 * The outcome of reading a step body: the expression it computes, or the first construct outside
 * the translatable subset, which keeps the step on the JVM.
 */
public sealed interface Translation {

  record Translated(Expr expression) implements Translation {}

  /**
   * @param construct what stopped translation, as the build note says it, e.g. "call to String.trim()"
   * @param tree where it is, for the note's position; may be empty
   */
  record OnJvm(String construct, Optional<Tree> tree) implements Translation {}

  default Optional<Expr> translated() {
    return this instanceof Translated t ? Optional.of(t.expression()) : Optional.empty();
  }
}
