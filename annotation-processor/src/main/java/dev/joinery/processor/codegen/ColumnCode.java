package dev.joinery.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.joinery.processor.expression.Expr;
import dev.joinery.processor.expression.ExprGraph;
import dev.joinery.processor.expression.JType;
import dev.joinery.processor.expression.LikePattern;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Writes an {@link Expr} as a Spark Column expression with the Java semantics the expression
 * model spells out: a null Java would dereference fails the query, integer arithmetic wraps
 * around as Java's does (Spark's ANSI mode would fail instead), floating-point comparisons treat
 * NaN as Java does, and a right-hand side that can fail is only evaluated where Java's
 * short-circuit would evaluate it.
 */
final class ColumnCode {
  private static final ClassName F = StepCode.FUNCTIONS;
  static final ClassName COLUMN = ClassName.get("org.apache.spark.sql", "Column");
  /** Longer code (as CodeBlock text, with qualified names) goes into a local, so no statement nests without bound. */
  private static final int LONGEST_INLINE = 400;
  /** Code a body uses more than once goes into a local from this length on; shorter is clearer inline. */
  private static final int SHORTEST_SHARED = 60;
  private static final ClassName BIG_DECIMAL = ClassName.get(BigDecimal.class);
  private static final String TWO_TO_63 = "9223372036854775808";
  private static final String TWO_TO_64 = "18446744073709551616";
  /** What String.trim() strips, as a Java string literal: every character up to U+0020. */
  private static final String TRIMMED = escaped(IntStream.rangeClosed(0, ' '));
  /** What String.strip() and isBlank() treat as white space: the code points Character.isWhitespace accepts. */
  private static final String WHITESPACE = escaped(IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
      .filter(Character::isWhitespace));

  private final String step;
  private final List<String> qualifiers;
  private final List<String> absentKeys;
  private final List<String> parameterNames;
  private final Map<Expr, CodeBlock> code = new IdentityHashMap<>();
  private final Map<Expr, Boolean> raises = new IdentityHashMap<>();
  private final CodeBlock.Builder locals = CodeBlock.builder();
  private Map<Expr, Integer> uses = Map.of();
  private int localCount;

  /**
   * @param qualifiers per input, the prefix of its columns ({@code ""}, {@code "left."})
   * @param absentKeys per input, a key column that is null exactly when the input is absent (the
   *     outer side of an outer join), or null
   */
  ColumnCode(String step, List<String> qualifiers, List<String> absentKeys, List<String> parameterNames) {
    this.step = step;
    this.qualifiers = qualifiers;
    this.absentKeys = absentKeys;
    this.parameterNames = parameterNames;
  }

  /**
   * Declares the expressions the generated method returns, so that a subexpression they use more
   * than once (a local variable of the body, say) is computed into one Column local.
   */
  void share(List<Expr> roots) {
    uses = ExprGraph.uses(roots);
  }

  /** The Column locals that the code returned so far uses, to go before it. */
  CodeBlock locals() {
    return locals.build();
  }

  /** {@code e} as Spark code; operands first, each once, so the code grows linearly with the expression graph. */
  CodeBlock of(Expr e) {
    for (Expr node : ExprGraph.postOrder(List.of(e), code::containsKey)) {
      code.put(node, local(node, generate(node)));
    }
    return code.get(e);
  }

  private CodeBlock local(Expr e, CodeBlock generated) {
    int length = generated.toString().length();
    if (length <= LONGEST_INLINE && (length < SHORTEST_SHARED || uses.getOrDefault(e, 0) < 2)) {
      return generated;
    }
    String name = "part" + ++localCount;
    locals.addStatement("$T $L = $L", COLUMN, name, generated);
    return CodeBlock.of("$L", name);
  }

  /** The code of {@code e} alone; its operands' code is known already. */
  private CodeBlock generate(Expr e) {
    if (e instanceof Expr.ColumnRef c) {
      CodeBlock column = CodeBlock.of("$T.col($S)", F, qualifiers.get(c.input()) + c.column());
      String key = absentKeys.get(c.input());
      if (key == null) {
        return column;
      }
      return CodeBlock.of("$T.when($T.col($S).isNull(), $L).otherwise($L)", F, F, key,
          raise(parameterNames.get(c.input()) + " is null (no match in the outer join), but the body reads its "
              + c.column() + "()"), column);
    } else if (e instanceof Expr.InputAbsent a) {
      return CodeBlock.of("$T.col($S).isNull()", F, absentKeys.get(a.input()));
    } else if (e instanceof Expr.WholeInput w) {
      CodeBlock columns = w.record().components().stream()
          .map(c -> CodeBlock.of("$T.col($S)", F, qualifiers.get(w.input()) + c.name()))
          .collect(CodeBlock.joining(", "));
      return CodeBlock.of("$T.struct($L)", F, columns);
    } else if (e instanceof Expr.Literal l) {
      return literal(l);
    } else if (e instanceof Expr.Unary u) {
      return unary(u);
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Conditional c) {
      return CodeBlock.of("$T.when($L, $L).otherwise($L)", F, of(c.condition()), of(c.whenTrue()), of(c.whenFalse()));
    } else if (e instanceof Expr.IsNull n) {
      return CodeBlock.of("$L.isNull()", of(n.operand()));
    } else if (e instanceof Expr.NullSafeEquals n) {
      return CodeBlock.of("$L.eqNullSafe($L)", of(n.left()), of(n.right()));
    } else if (e instanceof Expr.Call c) {
      return call(c);
    } else if (e instanceof Expr.Cast c) {
      return cast(of(c.operand()), c.operand().type(), c.type());
    } else if (e instanceof Expr.NonNull n) {
      return CodeBlock.of("$T.coalesce($L, $L)", F, of(n.operand()),
          raise(n.description() + " is null, where the Java body would throw NullPointerException"));
    } else if (e instanceof Expr.NonZero n) {
      CodeBlock x = of(n.operand());
      return CodeBlock.of("$T.when($L.equalTo($T.lit(0)), $L).otherwise($L)", F, x, F,
          raise(n.description() + " is zero, where the Java body would throw ArithmeticException"), x);
    } else if (e instanceof Expr.NewRecord r) {
      CodeBlock.Builder struct = CodeBlock.builder().add("$T.struct(", F);
      List<Component> components = r.record().components();
      for (int i = 0; i < components.size(); i++) {
        struct.add(i == 0 ? "$L.as($S)" : ", $L.as($S)", of(r.components().get(i)), components.get(i).name());
      }
      return struct.add(")").build();
    }
    throw new IllegalStateException("no Spark code for " + e);
  }

  /**
   * A filter condition in a form Spark can push into the scan. A Java comparison on a nullable
   * column becomes {@code coalesce(x, raise_error(...)) > 10}, which no data source understands;
   * in front of it goes the implied {@code (x > 10 OR x IS NULL)}, which they do. Only leading
   * conjuncts get such a hint: a row the hint drops is one Java would have rejected there too,
   * without evaluating (and maybe failing on) anything after it.
   */
  CodeBlock filter(Expr condition) {
    List<CodeBlock> hints = new java.util.ArrayList<>();
    for (Expr conjunct : conjuncts(condition)) {
      hint(conjunct).ifPresent(hints::add);
      if (canRaise(conjunct)) {
        break;
      }
    }
    CodeBlock filter = of(condition);
    for (int i = hints.size() - 1; i >= 0; i--) {
      filter = CodeBlock.of("$L\n.and($L)", hints.get(i), filter);
    }
    return filter;
  }

  private static List<Expr> conjuncts(Expr e) {
    List<Expr> all = new java.util.ArrayList<>();
    java.util.Deque<Expr> pending = new java.util.ArrayDeque<>(List.of(e));
    while (!pending.isEmpty()) {
      Expr next = pending.pop();
      if (next instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
        pending.push(b.right());
        pending.push(b.left());
      } else {
        all.add(next);
      }
    }
    return all;
  }

  /** For {@code column <op> literal} where the column is null-checked, the pushable {@code (column <op> literal OR column IS NULL)}. */
  private java.util.Optional<CodeBlock> hint(Expr conjunct) {
    if (!(conjunct instanceof Expr.Binary b) || b.left().type().isFloating()) {
      return java.util.Optional.empty();
    }
    switch (b.op()) {
      case EQ: case NE: case LT: case LE: case GT: case GE:
        break;
      default:
        return java.util.Optional.empty();
    }
    if (b.left() instanceof Expr.NonNull n && n.operand() instanceof Expr.ColumnRef column
        && absentKeys.get(column.input()) == null && isConstant(b.right())) {
      CodeBlock plain = comparison(b.op(), of(column), of(b.right()), b.left().type());
      return java.util.Optional.of(CodeBlock.of("$L.or($L.isNull())", plain, of(column)));
    }
    return java.util.Optional.empty();
  }

  private static boolean isConstant(Expr e) {
    return e instanceof Expr.Literal || e instanceof Expr.Cast c && isConstant(c.operand());
  }

  private CodeBlock raise(String message) {
    return CodeBlock.of("$T.raise_error($T.lit($S))", F, F, "Step '" + step + "': " + message + ".");
  }

  private CodeBlock literal(Expr.Literal l) {
    Object v = l.value();
    if (v == null) {
      return CodeBlock.of("$T.lit(null)", F);
    }
    switch (l.type().kind()) {
      case LONG: return CodeBlock.of("$T.lit($LL)", F, v);
      case FLOAT: return CodeBlock.of("$T.lit($Lf)", F, v);
      case DOUBLE: return CodeBlock.of("$T.lit($LD)", F, v);
      case STRING: case ENUM: return CodeBlock.of("$T.lit($S)", F, v);
      case DECIMAL: return CodeBlock.of("$T.lit(new $T($S))", F, BIG_DECIMAL, v);
      case DATE: return CodeBlock.of("$T.lit($T.parse($S))", F, java.time.LocalDate.class, v);
      default: return CodeBlock.of("$T.lit($L)", F, v);
    }
  }

  private CodeBlock unary(Expr.Unary u) {
    CodeBlock x = of(u.operand());
    if (u.op() == Expr.UnaryOp.NOT) {
      return CodeBlock.of("$T.not($L)", F, x);
    }
    switch (u.type().kind()) {
      case INT: return wrapInt(CodeBlock.of("$T.negate($L.cast($S))", F, x, "long"));
      case LONG: return negateLong(x);
      default: return CodeBlock.of("$T.negate($L)", F, x);
    }
  }

  private CodeBlock binary(Expr.Binary b) {
    CodeBlock l = of(b.left());
    CodeBlock r = of(b.right());
    switch (b.op()) {
      case AND:
        return canRaise(b.right())
            ? CodeBlock.of("$L.and($T.when($L, $L).otherwise($T.lit(false)))", l, F, l, r, F)
            : CodeBlock.of("$L.and($L)", l, r);
      case OR:
        return canRaise(b.right())
            ? CodeBlock.of("$L.or($T.when($L, $T.lit(true)).otherwise($L))", l, F, l, F, r)
            : CodeBlock.of("$L.or($L)", l, r);
      case EQ: case NE: case LT: case LE: case GT: case GE:
        return comparison(b.op(), l, r, b.left().type());
      case CONCAT:
        return CodeBlock.of("$T.concat($L, $L)", F, nullAsText(l, b.left()), nullAsText(r, b.right()));
      default:
        return arithmetic(b.op(), l, r, b.type(), b.left(), b.right());
    }
  }

  private CodeBlock comparison(Expr.BinaryOp op, CodeBlock l, CodeBlock r, JType operands) {
    String method;
    switch (op) {
      case EQ: method = "equalTo"; break;
      case NE: method = "notEqual"; break;
      case LT: method = "lt"; break;
      case LE: method = "leq"; break;
      case GT: method = "gt"; break;
      default: method = "geq";
    }
    CodeBlock compared = CodeBlock.of("$L.$L($L)", l, method, r);
    if (!operands.isFloating()) {
      return compared;
    }
    // Java: every comparison with NaN is false, except != which is true. Spark orders NaN above all.
    CodeBlock nan = CodeBlock.of("$T.isnan($L).or($T.isnan($L))", F, l, F, r);
    return op == Expr.BinaryOp.NE
        ? CodeBlock.of("$L.or($L)", compared, nan)
        : CodeBlock.of("$L.and($T.not($L))", compared, F, nan);
  }

  private CodeBlock arithmetic(Expr.BinaryOp op, CodeBlock l, CodeBlock r, JType type, Expr left, Expr right) {
    String method;
    switch (op) {
      case ADD: method = "plus"; break;
      case SUBTRACT: method = "minus"; break;
      case MULTIPLY: method = "multiply"; break;
      case DIVIDE: method = "divide"; break;
      default: method = "mod";
    }
    if (type.kind() == Kind.INT) {
      if (op == Expr.BinaryOp.REMAINDER) {
        return CodeBlock.of("$L.mod($L)", l, r);
      }
      CodeBlock wide = op == Expr.BinaryOp.DIVIDE
          ? CodeBlock.of("$T.call_function($S, $L.cast($S), $L.cast($S))", F, "div", l, "long", r, "long")
          : CodeBlock.of("$L.cast($S).$L($L.cast($S))", l, "long", method, r, "long");
      return wrapInt(wide);
    }
    if (type.kind() == Kind.LONG) {
      if (op == Expr.BinaryOp.REMAINDER) {
        return CodeBlock.of("$L.mod($L)", l, r);
      }
      if (op == Expr.BinaryOp.DIVIDE) {
        // Long.MIN_VALUE / -1 wraps to Long.MIN_VALUE in Java; Spark's ANSI mode would fail.
        CodeBlock divided = CodeBlock.of("$T.call_function($S, $L, $L)", F, "div", l, r);
        return isLiteral(right) ? divided
            : CodeBlock.of("$T.when($L.equalTo($T.lit(-1L)), $L).otherwise($L)", F, r, F, negateLong(l), divided);
      }
      if (op == Expr.BinaryOp.MULTIPLY && (isIntTimesSmallLiteral(left, right) || isIntTimesSmallLiteral(right, left))) {
        return CodeBlock.of("$L.multiply($L)", l, r); // at most 2^62: it cannot wrap
      }
      // Exact in decimal(38,0), then wrapped into the long range as Java's two's-complement arithmetic does.
      CodeBlock exact = CodeBlock.of("$L.cast($S).$L($L.cast($S))", l, "decimal(38,0)", method, r, "decimal(38,0)");
      return CodeBlock.of("$T.pmod($L.plus($T.lit(new $T($S))), $T.lit(new $T($S))).minus($T.lit(new $T($S))).cast($S)",
          F, exact, F, BIG_DECIMAL, TWO_TO_63, F, BIG_DECIMAL, TWO_TO_64, F, BIG_DECIMAL, TWO_TO_63, "long");
    }
    if (type.isFloating() && (op == Expr.BinaryOp.DIVIDE || op == Expr.BinaryOp.REMAINDER)) {
      return floatingDivision(op, l, r, type, right);
    }
    return CodeBlock.of("$L.$L($L)", l, method, r);
  }

  /**
   * IEEE division and remainder, as Java's: by zero, x / 0.0 is x * (1 / 0.0), which pow(0.0, -1)
   * gives with the zero's sign (+Infinity, or -Infinity for -0.0; NaN for x NaN or zero), and
   * x % 0.0 is NaN. Spark's ANSI mode would fail on a zero divisor. Spark divides floats as
   * doubles; the double quotient of two floats rounds to the float Java computes.
   */
  private CodeBlock floatingDivision(Expr.BinaryOp op, CodeBlock l, CodeBlock r, JType type, Expr right) {
    CodeBlock result = op == Expr.BinaryOp.DIVIDE ? CodeBlock.of("$L.divide($L)", l, r) : CodeBlock.of("$L.mod($L)", l, r);
    if (!isNonZeroLiteral(right)) {
      CodeBlock byZero = op == Expr.BinaryOp.DIVIDE
          ? CodeBlock.of("$L.multiply($T.pow($L, -1.0))", l, F, r)
          : CodeBlock.of("$T.lit($T.NaN)", F, Double.class);
      result = CodeBlock.of("$T.when($L.equalTo($T.lit(0)), $L).otherwise($L)", F, r, F, byZero, result);
    }
    return type.kind() == Kind.FLOAT ? CodeBlock.of("$L.cast($S)", result, "float") : result;
  }

  /** An int widened to long times a literal of at most 2^31 in magnitude: the product fits a long. */
  private static boolean isIntTimesSmallLiteral(Expr value, Expr literal) {
    return value instanceof Expr.Cast c && c.operand().type().isIntegral() && c.operand().type().kind() != Kind.LONG
        && literal instanceof Expr.Literal l && l.value() instanceof Long n && n >= -(1L << 31) && n <= 1L << 31;
  }

  private static boolean isNonZeroLiteral(Expr e) {
    Expr inner = e instanceof Expr.Cast c ? c.operand() : e;
    return inner instanceof Expr.Literal l && l.value() instanceof Number n && n.doubleValue() != 0;
  }

  /** Long.MIN_VALUE negates to itself in Java; Spark's ANSI mode would fail. */
  private CodeBlock negateLong(CodeBlock x) {
    return CodeBlock.of("$T.when($L.equalTo($T.lit($LL)), $L).otherwise($T.negate($L))", F, x, F, Long.MIN_VALUE, x, F, x);
  }

  private static boolean isLiteral(Expr e) {
    Expr inner = e instanceof Expr.Cast c ? c.operand() : e;
    return inner instanceof Expr.Literal l && l.value() instanceof Number n && n.longValue() != -1;
  }

  private CodeBlock call(Expr.Call c) {
    List<CodeBlock> a = c.arguments().stream().map(this::of).toList();
    switch (c.function()) {
      case STARTS_WITH: return CodeBlock.of("$L.startsWith($L)", a.get(0), a.get(1));
      case ENDS_WITH: return CodeBlock.of("$L.endsWith($L)", a.get(0), a.get(1));
      case CONTAINS: return CodeBlock.of("$L.contains($L)", a.get(0), a.get(1));
      case IS_EMPTY: return CodeBlock.of("$T.length($L).equalTo($T.lit(0))", F, a.get(0), F);
      case UPPER: return CodeBlock.of("$T.upper($L)", F, a.get(0));
      case LOWER: return CodeBlock.of("$T.lower($L)", F, a.get(0));
      case YEAR: return CodeBlock.of("$T.year($L)", F, a.get(0));
      case MONTH: return CodeBlock.of("$T.month($L)", F, a.get(0));
      case DAY_OF_MONTH: return CodeBlock.of("$T.dayofmonth($L)", F, a.get(0));
      case DAY_OF_YEAR: return CodeBlock.of("$T.dayofyear($L)", F, a.get(0));
      case PLUS_MONTHS: return CodeBlock.of("$T.add_months($L, $L.cast($S))", F, a.get(0), a.get(1), "int");
      // UTF-16 code units, as Java counts: two bytes each in UTF-16BE (Spark's length counts code points).
      case LENGTH: return CodeBlock.of("$T.shiftright($T.length($T.encode($L, $S)), 1)", F, F, F, a.get(0), "UTF-16BE");
      case SUBSTRING: return substring(c, a);
      case TRIM: return CodeBlock.of("$T.trim($L, $L)", F, a.get(0), TRIMMED);
      case STRIP: return CodeBlock.of("$T.trim($L, $L)", F, a.get(0), WHITESPACE);
      case IS_BLANK: return CodeBlock.of("$T.length($T.trim($L, $L)).equalTo($T.lit(0))", F, F, a.get(0), WHITESPACE, F);
      case MATCHES: return matches(a.get(0), (String) ((Expr.Literal) c.arguments().get(1)).value());
      case DIVIDE_DECIMAL: return decimalDivide(a.get(0), a.get(1), (Integer) ((Expr.Literal) c.arguments().get(2)).value(),
          java.math.RoundingMode.valueOf((String) ((Expr.Literal) c.arguments().get(3)).value()));
      case IN: return CodeBlock.of("$L.isin($L)", a.get(0), CodeBlock.join(a.subList(1, a.size()), ", "));
      case PLUS_DAYS: return CodeBlock.of("$T.date_add($L, $L.cast($S))", F, a.get(0), a.get(1), "int");
      case DATE_OF_INSTANT_UTC: return CodeBlock.of("$T.to_date($L)", F, a.get(0));
      case GREATEST: return CodeBlock.of("$T.greatest($L, $L)", F, a.get(0), a.get(1));
      case LEAST: return CodeBlock.of("$T.least($L, $L)", F, a.get(0), a.get(1));
      default: {
        Object min = c.type().kind() == Kind.LONG ? Long.MIN_VALUE + "L" : Integer.MIN_VALUE;
        // Math.abs(MIN_VALUE) is MIN_VALUE in Java; Spark's ANSI abs would fail.
        return CodeBlock.of("$T.when($L.equalTo($T.lit($L)), $L).otherwise($T.abs($L))", F, a.get(0), F, min, a.get(0), F, a.get(0));
      }
    }
  }

  /**
   * {@code a.divide(b, scale, mode)} exactly, in integers: n = a * 10^scale, the remainder r = n % b
   * (exact, with n's sign, as BigDecimal's), the truncated quotient q = (n - r) / b (an exact
   * integer), then one step away from zero where the mode says so, judged from r as Java does.
   * The result is q * 10^-scale, at that scale. Values beyond 38 digits, n's included, fail the
   * query (Spark's decimals end there; Java's do not).
   */
  private CodeBlock decimalDivide(CodeBlock a, CodeBlock b, int scale, java.math.RoundingMode mode) {
    CodeBlock n = shared(scale == 0 ? a
        : CodeBlock.of("$L.multiply($T.lit(new $T($S)))", a, F, BIG_DECIMAL, java.math.BigInteger.TEN.pow(scale)));
    CodeBlock divisor = shared(b);
    CodeBlock r = shared(CodeBlock.of("$L.mod($L)", n, divisor));
    CodeBlock q = shared(CodeBlock.of("$L.minus($L).divide($L).cast($S)", n, r, divisor, "decimal(38,0)"));
    CodeBlock inexact = CodeBlock.of("$L.notEqual($T.lit(0))", r, F);
    CodeBlock positive = CodeBlock.of("$L.gt($T.lit(0)).equalTo($L.gt($T.lit(0)))", n, F, divisor, F);
    CodeBlock half = CodeBlock.of("$T.abs($L).plus($T.abs($L))", F, r, F, r);
    CodeBlock away;
    switch (mode) {
      case UP: away = inexact; break;
      case DOWN: away = CodeBlock.of("$T.lit(false)", F); break;
      case CEILING: away = CodeBlock.of("$L.and($L)", inexact, positive); break;
      case FLOOR: away = CodeBlock.of("$L.and($T.not($L))", inexact, F, positive); break;
      case HALF_UP: away = CodeBlock.of("$L.geq($T.abs($L))", half, F, divisor); break;
      case HALF_DOWN: away = CodeBlock.of("$L.gt($T.abs($L))", half, F, divisor); break;
      case HALF_EVEN:
        away = CodeBlock.of("$L.gt($T.abs($L)).or($L.equalTo($T.abs($L)).and($T.pmod($L, $T.lit(2)).equalTo($T.lit(1))))",
            half, F, divisor, half, F, divisor, F, q, F, F);
        break;
      default: // UNNECESSARY
        away = CodeBlock.of("$T.when($L, $L).otherwise($T.lit(false))", F, inexact,
            raise("BigDecimal.divide with RoundingMode.UNNECESSARY has a quotient to round, where the Java body"
                + " would throw ArithmeticException"), F);
    }
    CodeBlock rounded = CodeBlock.of("$T.when($L, $L.plus($T.when($L, $T.lit(1)).otherwise($T.lit(-1)))).otherwise($L)",
        F, away, q, F, positive, F, F, q);
    // q * 10^-scale: Spark's decimal multiply or divide would widen past 38 digits and drop places;
    // the text "qE-scale" read as decimal(38, scale) is exact.
    return scale == 0 ? rounded : CodeBlock.of("$T.concat($L.cast($S), $T.lit($S)).cast($S)", F, rounded, "string", F,
        "E-" + scale, "decimal(38," + scale + ")");
  }

  /**
   * {@code s.substring(begin[, end])} in UTF-16 code units, as Java counts: the string as UTF-16BE
   * bytes, two per unit, cut and decoded. A cut through a surrogate pair leaves half of it, which
   * Spark's UTF-8 strings (and so the JVM path's output) hold as '?'; so does this. Indexes out of
   * range fail the run as Java's StringIndexOutOfBoundsException.
   */
  private CodeBlock substring(Expr.Call c, List<CodeBlock> a) {
    CodeBlock units = shared(CodeBlock.of("$T.encode($L, $S)", F, a.get(0), "UTF-16BE"));
    CodeBlock length = CodeBlock.of("$T.shiftright($T.length($L), 1)", F, F, units);
    CodeBlock begin = a.get(1);
    CodeBlock end = c.arguments().size() == 4 ? a.get(2) : length;
    String call = (String) ((Expr.Literal) c.arguments().get(c.arguments().size() - 1)).value();
    CodeBlock checked = shared(CodeBlock.of("$T.when($L.lt($T.lit(0)).or($L.gt($L)).or($L.gt($L)), $L).otherwise($L)",
        F, begin, F, end, length, begin, end,
        raise(call + " has an index out of range, where the Java body would throw StringIndexOutOfBoundsException"),
        begin));
    CodeBlock cut = shared(CodeBlock.of("$L.substr($L.multiply($T.lit(2)).plus($T.lit(1)), $L.minus($L).multiply($T.lit(2)))",
        units, checked, F, F, end, checked, F));
    CodeBlock question = CodeBlock.of("$T.lit(new byte[] {0, '?'})", F);
    CodeBlock headFixed = shared(CodeBlock.of(
        "$T.when($T.hex($L.substr($T.lit(1), $T.lit(2))).between($S, $S), $T.concat($L, $L.substr($T.lit(3), $T.length($L))))"
            + ".otherwise($L)", F, F, cut, F, F, "DC00", "DFFF", F, question, cut, F, F, cut, cut));
    CodeBlock fixed = CodeBlock.of(
        "$T.when($T.hex($L.substr($T.lit(-2), $T.lit(2))).between($S, $S), $T.concat($L.substr($T.lit(1), $T.length($L).minus($T.lit(2))), $L))"
            + ".otherwise($L)", F, F, headFixed, F, F, "D800", "DBFF", F, headFixed, F, F, headFixed, F, question, headFixed);
    return CodeBlock.of("$T.decode($L, $S)", F, fixed, "UTF-16BE");
  }

  /** {@code code} in a Column local of its own, for code a construct repeats. */
  private CodeBlock shared(CodeBlock code) {
    String name = "part" + ++localCount;
    locals.addStatement("$T $L = $L", COLUMN, name, code);
    return CodeBlock.of("$L", name);
  }

  /**
   * {@code s.matches(regex)}: a LIKE where the regex is one ({@link LikePattern}), else the regex
   * anchored at both ends, since Spark's rlike finds a match anywhere.
   */
  private CodeBlock matches(CodeBlock s, String regex) {
    java.util.Optional<LikePattern> like = LikePattern.of(regex);
    if (like.isEmpty()) {
      return CodeBlock.of("$L.rlike($S)", s, "\\A(?:" + regex + ")\\z");
    }
    CodeBlock liked = CodeBlock.of("$L.like($S)", s, like.get().like());
    return like.get().wildcard()
        ? CodeBlock.of("$L.and($T.not($L.rlike($S)))", liked, F, s, LikePattern.LINE_TERMINATORS)
        : liked;
  }

  private CodeBlock cast(CodeBlock x, JType from, JType to) {
    if (from.kind() == to.kind() || to.kind() == Kind.STRING && from.kind() == Kind.ENUM) {
      return x;
    }
    switch (to.kind()) {
      case INT:
        return from.kind() == Kind.LONG ? wrapInt(x) : CodeBlock.of("$L.cast($S)", x, "int");
      case LONG: return CodeBlock.of("$L.cast($S)", x, "long");
      case FLOAT: return CodeBlock.of("$L.cast($S)", x, "float");
      case DOUBLE: return CodeBlock.of("$L.cast($S)", x, "double");
      case DECIMAL: return CodeBlock.of("$L.cast($S)", x, from.kind() == Kind.LONG ? "decimal(20,0)" : "decimal(38,18)");
      case STRING: return CodeBlock.of("$L.cast($S)", x, "string");
      default: throw new IllegalStateException("no cast from " + from + " to " + to);
    }
  }

  /**
   * A string literal of these (BMP) characters, each escaped since most are invisible: octal up to
   * U+00FF, as javac reads a unicode escape of a line break as the end of the line.
   */
  private static String escaped(IntStream chars) {
    return chars.mapToObj(c -> String.format(c < 0x100 ? "\\%03o" : "\\u%04x", c))
        .collect(java.util.stream.Collectors.joining("", "\"", "\""));
  }

  /** The low 32 bits of a long column as an int, as Java's {@code (int)} and int overflow give. */
  private static CodeBlock wrapInt(CodeBlock wide) {
    return CodeBlock.of("$T.shiftright($T.shiftleft($L, 32), 32).cast($S)", F, F, wide, "int");
  }

  private CodeBlock nullAsText(CodeBlock x, Expr e) {
    return e.type().nullable() ? CodeBlock.of("$T.coalesce($L, $T.lit($S))", F, x, F, "null") : x;
  }

  /** Whether evaluating {@code e} can fail the query, so it must not run where Java would not run it. */
  boolean canRaise(Expr e) {
    for (Expr node : ExprGraph.postOrder(List.of(e), raises::containsKey)) {
      raises.put(node, raisesItself(node) || ExprGraph.operands(node).stream().anyMatch(raises::get));
    }
    return raises.get(e);
  }

  /** Whether {@code e} can fail the query whatever its operands do. */
  private boolean raisesItself(Expr e) {
    if (e instanceof Expr.NonNull || e instanceof Expr.NonZero) {
      return true;
    }
    if (e instanceof Expr.ColumnRef c) {
      return absentKeys.get(c.input()) != null;
    }
    if (e instanceof Expr.Binary b) {
      boolean divides = (b.op() == Expr.BinaryOp.DIVIDE || b.op() == Expr.BinaryOp.REMAINDER) && b.type().isIntegral();
      return divides || b.type().kind() == Kind.DECIMAL;
    }
    return e instanceof Expr.Call c && (c.function() == Expr.Function.PLUS_DAYS || c.function() == Expr.Function.PLUS_MONTHS
        || c.function() == Expr.Function.DIVIDE_DECIMAL || c.function() == Expr.Function.SUBSTRING);
  }
}
