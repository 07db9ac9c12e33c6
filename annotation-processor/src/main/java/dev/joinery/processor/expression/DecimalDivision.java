package dev.joinery.processor.expression;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the translation of {@code a.divide(b, scale, mode)} stays exact in Spark. It computes
 * {@code n = a * 10^scale}, {@code r = n % b}, {@code (n - r) / b} and compares {@code |r| + |r|}
 * with {@code |b|}; Spark types each of these from its operands' types, and one wider than 38
 * digits makes Spark round it to fewer places without a word. So the operands' Spark types,
 * as the generated code gives them, must leave every step within 38 digits.
 */
final class DecimalDivision {
  private static final int MAX = 38;

  private DecimalDivision() {}

  /** Spark's decimal(precision, scale). */
  private record Type(int precision, int scale) {
    int integral() {
      return precision - scale;
    }

    boolean fits() {
      return precision <= MAX;
    }
  }

  static boolean exactInSpark(Expr a, Expr b, int scale, Function<Expr.ColumnRef, int[]> declared) {
    Optional<Type> dividend = type(a, declared);
    Optional<Type> divisor = type(b, declared);
    if (dividend.isEmpty() || divisor.isEmpty()) {
      return false;
    }
    Type n = new Type(dividend.get().precision() + scale + 2, dividend.get().scale()); // times decimal(scale + 1, 0)
    Type d = divisor.get();
    int rScale = Math.max(n.scale(), d.scale());
    Type r = new Type(Math.min(n.integral(), d.integral()) + rScale, rScale);
    Type difference = widened(n, r);
    Type twice = widened(r, r);
    Type compared = new Type(Math.max(twice.integral(), d.integral()) + Math.max(twice.scale(), d.scale()),
        Math.max(twice.scale(), d.scale()));
    return n.fits() && r.fits() && difference.fits() && twice.fits() && compared.fits();
  }

  /** The type of a sum or difference: the larger scale, one more integral digit than the larger. */
  private static Type widened(Type x, Type y) {
    int scale = Math.max(x.scale(), y.scale());
    return new Type(Math.max(x.integral(), y.integral()) + scale + 1, scale);
  }

  /** The Spark type of a decimal expression as the generated code writes it, while within 38 digits. */
  private static Optional<Type> type(Expr e, Function<Expr.ColumnRef, int[]> declared) {
    if (e instanceof Expr.NonNull n) {
      return type(n.operand(), declared);
    } else if (e instanceof Expr.NonZero n) {
      return type(n.operand(), declared);
    } else if (e instanceof Expr.ColumnRef c) {
      int[] ps = declared.apply(c);
      return Optional.of(new Type(ps[0], ps[1]));
    } else if (e instanceof Expr.Literal l && l.value() instanceof String text) {
      BigDecimal value = new BigDecimal(text);
      return Optional.of(new Type(Math.max(value.precision(), value.scale()), value.scale()));
    } else if (e instanceof Expr.Cast c && c.operand().type().kind() == dev.joinery.processor.model.ColumnType.Kind.LONG) {
      return Optional.of(new Type(20, 0)); // as ColumnCode casts a long
    } else if (e instanceof Expr.Unary u) {
      return type(u.operand(), declared);
    } else if (e instanceof Expr.Binary b) {
      Optional<Type> x = type(b.left(), declared);
      Optional<Type> y = type(b.right(), declared);
      if (x.isEmpty() || y.isEmpty()) {
        return Optional.empty();
      }
      Type t = switch (b.op()) {
        case ADD, SUBTRACT -> widened(x.get(), y.get());
        case MULTIPLY -> new Type(x.get().precision() + y.get().precision() + 1, x.get().scale() + y.get().scale());
        default -> new Type(MAX + 1, 0);
      };
      return t.fits() ? Optional.of(t) : Optional.empty();
    }
    return Optional.empty();
  }
}
