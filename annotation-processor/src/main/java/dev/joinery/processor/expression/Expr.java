package dev.joinery.processor.expression;

import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.RecordModel;
import java.util.List;

/**
 * A step body in the translatable subset of Java: what the body computes, with Java's semantics
 * made explicit (where Java would throw, where it would widen or wrap), so it can be written as a
 * Spark Column expression that gives the same answer, and read for column lineage.
 */
public sealed interface Expr {

  JType type();

  /** A component of the step's {@code input}-th parameter. */
  record ColumnRef(int input, String column, JType type) implements Expr {}

  /**
   * The {@code input}-th parameter itself being null, which only the absent side of an outer join can be.
   */
  record InputAbsent(int input) implements Expr {
    @Override
    public JType type() {
      return JType.of(Kind.BOOLEAN, false);
    }
  }

  /** The {@code input}-th parameter as a whole row, as in {@code return o;}. */
  record WholeInput(int input, RecordModel record) implements Expr {
    @Override
    public JType type() {
      return JType.of(Kind.STRUCT, false);
    }
  }

  /** A constant: Boolean, Integer, Long, Double, Float, String, a BigDecimal's text, an enum constant's name, or null. */
  record Literal(Object value, JType type) implements Expr {}

  enum UnaryOp { NOT, NEGATE }

  record Unary(UnaryOp op, Expr operand, JType type) implements Expr {}

  enum BinaryOp { ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER, LT, LE, GT, GE, EQ, NE, AND, OR, CONCAT }

  /** Operands already converted to {@code type}'s kind for arithmetic, or to a common kind for comparisons. */
  record Binary(BinaryOp op, Expr left, Expr right, JType type) implements Expr {}

  record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, JType type) implements Expr {}

  record IsNull(Expr operand) implements Expr {
    @Override
    public JType type() {
      return JType.of(Kind.BOOLEAN, false);
    }
  }

  /** {@code Objects.equals(a, b)}: true when both are null, false when one is. */
  record NullSafeEquals(Expr left, Expr right) implements Expr {
    @Override
    public JType type() {
      return JType.of(Kind.BOOLEAN, false);
    }
  }

  enum Function {
    STARTS_WITH, ENDS_WITH, CONTAINS, IS_EMPTY, UPPER, LOWER,
    /** String.length(): UTF-16 code units, so a character outside the BMP counts 2. */
    LENGTH,
    /** String.trim(): strips characters up to U+0020 from both ends. */
    TRIM,
    /** String.strip(): strips Character.isWhitespace code points from both ends. */
    STRIP,
    IS_BLANK,
    /**
     * String.substring(begin) or substring(begin, end), in UTF-16 code units: arguments the string,
     * begin, end if given, and last the call's source text, for the message when Java would throw.
     */
    SUBSTRING,
    /** String.matches(regex): the second argument, a literal regex, matches the whole string. */
    MATCHES,
    /** Collection.contains: the first argument equals one of the others, constants. */
    IN,
    YEAR, MONTH, DAY_OF_MONTH, DAY_OF_YEAR, PLUS_DAYS,
    /** LocalDate.plusMonths: a long count of months, clamped to the month's last day as Java does. */
    PLUS_MONTHS,
    DATE_OF_INSTANT_UTC,
    GREATEST, LEAST, ABS,
    /**
     * BigDecimal.divide(divisor, scale, roundingMode): arguments dividend, divisor, the scale (an
     * int literal) and the RoundingMode's name (a string literal).
     */
    DIVIDE_DECIMAL
  }

  record Call(Function function, List<Expr> arguments, JType type) implements Expr {}

  /** A widening (or, for integers, wrapping) conversion, as Java's casts and numeric promotion do. */
  record Cast(Expr operand, JType type) implements Expr {}

  /**
   * A value Java dereferences or unboxes: null there is a NullPointerException, so the translation
   * fails the query too, with {@code description} naming the expression.
   */
  record NonNull(Expr operand, String description) implements Expr {
    @Override
    public JType type() {
      return operand.type().notNull();
    }
  }

  /**
   * The value of each component of {@code output} in a map's result row, which is either built
   * with {@code new} or one of the inputs passed on whole.
   */
  static List<Expr> componentValues(Expr row, RecordModel output) {
    if (row instanceof NewRecord r) {
      return r.components();
    }
    WholeInput input = (WholeInput) row;
    return output.components().stream()
        .<Expr>map(c -> new ColumnRef(input.input(), c.name(), JType.of(c.type().kind(), c.type().nullable())))
        .toList();
  }

  /**
   * A divisor Java checks: zero there is an ArithmeticException, so the translation fails the
   * query too, with {@code description} naming the expression.
   */
  record NonZero(Expr operand, String description) implements Expr {
    @Override
    public JType type() {
      return operand.type();
    }
  }

  /** {@code new Record(...)}, one expression per component in declaration order. */
  record NewRecord(RecordModel record, List<Expr> components) implements Expr {
    @Override
    public JType type() {
      return JType.of(Kind.STRUCT, false);
    }
  }
}
