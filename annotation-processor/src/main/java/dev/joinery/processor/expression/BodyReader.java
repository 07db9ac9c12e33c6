package dev.joinery.processor.expression;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.joinery.processor.expression.Expr.BinaryOp;
import dev.joinery.processor.expression.Expr.Function;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.reading.RecordReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a step method's body (javac's tree of it) into an {@link Expr}, or says which construct
 * keeps it on the JVM. The subset: component accessors of the parameters, literals, arithmetic,
 * comparisons, boolean logic, conditionals and if/else returns, null checks, equals and
 * Objects.equals, casts, enum constants, local variables, static final fields whose initializers
 * are in the subset, contains on Set.of/List.of of constants, record construction, and String,
 * Math, BigDecimal and LocalDate methods whose Java semantics the translation can reproduce.
 */
public final class BodyReader {
  private final Trees trees;
  private final HandWrittenMembers handWritten;
  private final RecordReader records;

  public BodyReader(Trees trees, HandWrittenMembers handWritten, RecordReader records) {
    this.trees = trees;
    this.handWritten = handWritten;
    this.records = records;
  }

  /**
   * @param inputs the record of each parameter, in order
   * @param absentable per parameter, whether it can be null (the outer side of an outer join)
   */
  public Translation read(ExecutableElement method, List<RecordModel> inputs, boolean[] absentable) {
    Optional<TypeElement> beside = handWritten.canonicalConstructorBeside(method);
    if (beside.isPresent()) {
      return new Translation.OnJvm("neighbour record " + beside.get().getSimpleName() + ", whose canonical constructor"
          + " is written by hand: javac would reject that constructor if Joinery read this body (JDK-8387215);"
          + " declare the record in a file of its own to let the step translate", Optional.empty());
    }
    TreePath methodPath = trees.getPath(method);
    if (methodPath == null) {
      return new Translation.OnJvm("method compiled elsewhere (no source to read)", Optional.empty());
    }
    MethodTree tree = (MethodTree) methodPath.getLeaf();
    Reading reading = new Reading(methodPath, method, inputs, absentable);
    try {
      Expr body = reading.block(tree.getBody().getStatements(), 0, new HashMap<>());
      return new Translation.Translated(reading.distribute(body));
    } catch (Unsupported e) {
      return new Translation.OnJvm(e.construct, Optional.ofNullable(e.tree));
    } catch (StackOverflowError tooDeep) {
      // Reading recurses once per level of the body, as javac does; a body javac only just managed
      // is kept as the Java it is. Nothing was changed on the way down, so nothing is left half done.
      return new Translation.OnJvm("nesting: expressions nested too deeply to read", Optional.empty());
    }
  }

  /** A construct outside the subset. */
  private static final class Unsupported extends RuntimeException {
    final String construct;
    final transient Tree tree;

    Unsupported(String construct, Tree tree) {
      super(construct, null, false, false);
      this.construct = construct;
      this.tree = tree;
    }
  }

  private final class Reading {
    private final TreePath methodPath;
    private final List<? extends VariableElement> parameters;
    private final List<RecordModel> inputs;
    private final boolean[] absentable;

    /** Constants whose initializers are being read, innermost last, to find one that refers back to itself. */
    private final List<VariableElement> constantsRead;

    Reading(TreePath methodPath, ExecutableElement method, List<RecordModel> inputs, boolean[] absentable) {
      this(methodPath, method.getParameters(), inputs, absentable, new ArrayList<>());
    }

    private Reading(TreePath methodPath, List<? extends VariableElement> parameters, List<RecordModel> inputs,
        boolean[] absentable, List<VariableElement> constantsRead) {
      this.methodPath = methodPath;
      this.parameters = parameters;
      this.inputs = inputs;
      this.absentable = absentable;
      this.constantsRead = constantsRead;
    }

    Expr block(List<? extends StatementTree> statements, int from, Map<String, Expr> locals) {
      for (int i = from; i < statements.size(); i++) {
        StatementTree statement = statements.get(i);
        switch (statement.getKind()) {
          case VARIABLE: {
            VariableTree variable = (VariableTree) statement;
            if (variable.getInitializer() == null) {
              continue; // assigned by the if/else statements that follow
            }
            Map<String, Expr> scope = new HashMap<>(locals);
            scope.put(variable.getName().toString(), expr(variable.getInitializer(), locals));
            return block(statements, i + 1, scope);
          }
          case EXPRESSION_STATEMENT:
            return block(statements, i + 1, assign(statement, locals));
          case RETURN:
            return expr(((ReturnTree) statement).getExpression(), locals);
          case IF: {
            IfTree branch = (IfTree) statement;
            if (!returns(branch.getThenStatement())) {
              return block(statements, i + 1, assign(branch, locals));
            }
            Expr condition = bool(expr(branch.getCondition(), locals), branch.getCondition());
            Expr whenTrue = statementValue(branch.getThenStatement(), locals);
            Expr whenFalse = branch.getElseStatement() != null
                ? statementValue(branch.getElseStatement(), locals)
                : block(statements, i + 1, locals);
            return conditional(condition, whenTrue, whenFalse, statement);
          }
          case BLOCK:
            if (i == statements.size() - 1) {
              return block(((BlockTree) statement).getStatements(), 0, locals);
            }
            throw new Unsupported("nested block", statement);
          default:
            throw new Unsupported(describe(statement.getKind()) + " statement", statement);
        }
      }
      throw new Unsupported("a path through the body without return", null);
    }

    private boolean returns(StatementTree statement) {
      if (statement instanceof BlockTree block) {
        List<? extends StatementTree> inner = block.getStatements();
        return !inner.isEmpty() && returns(inner.get(inner.size() - 1));
      }
      return statement instanceof ReturnTree || statement instanceof IfTree nested && returns(nested.getThenStatement());
    }

    /** The locals after statements that only assign them: {@code x = e;}, blocks, and if/else of those. */
    private Map<String, Expr> assign(StatementTree statement, Map<String, Expr> locals) {
      if (statement instanceof BlockTree block) {
        Map<String, Expr> scope = locals;
        for (StatementTree inner : block.getStatements()) {
          scope = assign(inner, scope);
        }
        return scope;
      }
      if (statement instanceof com.sun.source.tree.ExpressionStatementTree e
          && e.getExpression() instanceof com.sun.source.tree.AssignmentTree a
          && a.getVariable() instanceof IdentifierTree target && parameterIndex(target) < 0) {
        Map<String, Expr> scope = new HashMap<>(locals);
        scope.put(target.getName().toString(), expr(a.getExpression(), locals));
        return scope;
      }
      if (statement instanceof IfTree branch && branch.getElseStatement() != null) {
        Expr condition = bool(expr(branch.getCondition(), locals), branch.getCondition());
        Map<String, Expr> whenTrue = assign(branch.getThenStatement(), locals);
        Map<String, Expr> whenFalse = assign(branch.getElseStatement(), locals);
        Map<String, Expr> merged = new HashMap<>(locals);
        for (String name : whenTrue.keySet()) {
          Expr a = whenTrue.get(name);
          Expr b = whenFalse.get(name);
          if (b == null) {
            throw new Unsupported("local variable " + name + " assigned on one branch only", statement);
          }
          merged.put(name, a == b ? a : conditional(condition, a, b, statement));
        }
        return merged;
      }
      throw new Unsupported(describe(statement.getKind()) + " statement", statement);
    }

    private Expr statementValue(StatementTree statement, Map<String, Expr> locals) {
      if (statement instanceof BlockTree block) {
        return block(block.getStatements(), 0, locals);
      }
      if (statement instanceof ReturnTree ret) {
        return expr(ret.getExpression(), locals);
      }
      throw new Unsupported(describe(statement.getKind()) + " statement", statement);
    }

    Expr expr(ExpressionTree tree, Map<String, Expr> locals) {
      switch (tree.getKind()) {
        case PARENTHESIZED:
          return expr(((ParenthesizedTree) tree).getExpression(), locals);
        case INT_LITERAL: case LONG_LITERAL: case DOUBLE_LITERAL: case FLOAT_LITERAL:
        case BOOLEAN_LITERAL: case STRING_LITERAL: case NULL_LITERAL:
          return literal((LiteralTree) tree);
        case IDENTIFIER:
          return identifier((IdentifierTree) tree, locals);
        case MEMBER_SELECT:
          return constant(tree);
        case METHOD_INVOCATION:
          return invocation((MethodInvocationTree) tree, locals);
        case CONDITIONAL_EXPRESSION: {
          ConditionalExpressionTree c = (ConditionalExpressionTree) tree;
          return conditional(bool(expr(c.getCondition(), locals), c.getCondition()),
              expr(c.getTrueExpression(), locals), expr(c.getFalseExpression(), locals), tree);
        }
        case LOGICAL_COMPLEMENT: {
          UnaryTree u = (UnaryTree) tree;
          return new Expr.Unary(Expr.UnaryOp.NOT, bool(expr(u.getExpression(), locals), u), JType.of(Kind.BOOLEAN, false));
        }
        case UNARY_MINUS: {
          UnaryTree u = (UnaryTree) tree;
          JType type = typeOf(tree).notNull();
          return new Expr.Unary(Expr.UnaryOp.NEGATE, convert(expr(u.getExpression(), locals), type, u), type);
        }
        case UNARY_PLUS:
          return convert(expr(((UnaryTree) tree).getExpression(), locals), typeOf(tree).notNull(), tree);
        case TYPE_CAST:
          return cast((TypeCastTree) tree, locals);
        case NEW_CLASS:
          return newRecord((NewClassTree) tree, locals);
        case CONDITIONAL_AND: case CONDITIONAL_OR:
        case EQUAL_TO: case NOT_EQUAL_TO: case LESS_THAN: case LESS_THAN_EQUAL: case GREATER_THAN:
        case GREATER_THAN_EQUAL: case PLUS: case MINUS: case MULTIPLY: case DIVIDE: case REMAINDER:
          return binary((BinaryTree) tree, locals);
        default:
          throw new Unsupported(describe(tree.getKind()), tree);
      }
    }

    private Expr literal(LiteralTree tree) {
      Object value = tree.getValue();
      switch (tree.getKind()) {
        case INT_LITERAL: return new Expr.Literal(value, JType.of(Kind.INT, false));
        case LONG_LITERAL: return new Expr.Literal(value, JType.of(Kind.LONG, false));
        case DOUBLE_LITERAL: return new Expr.Literal(value, JType.of(Kind.DOUBLE, false));
        case FLOAT_LITERAL: return new Expr.Literal(value, JType.of(Kind.FLOAT, false));
        case BOOLEAN_LITERAL: return new Expr.Literal(value, JType.of(Kind.BOOLEAN, false));
        case STRING_LITERAL: return new Expr.Literal(value, JType.of(Kind.STRING, false));
        default: return new Expr.Literal(null, JType.of(Kind.UNSUPPORTED, true));
      }
    }

    private Expr identifier(IdentifierTree tree, Map<String, Expr> locals) {
      Element element = elementOf(tree);
      if (element != null && element.getKind() == ElementKind.ENUM_CONSTANT) {
        return enumConstant(element);
      }
      int parameter = parameterIndex(tree);
      if (parameter >= 0) {
        return new Expr.WholeInput(parameter, inputs.get(parameter));
      }
      if (element instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
        return field.getConstantValue() != null ? constantValue(field, tree) : staticFinal(field, tree);
      }
      Expr local = locals.get(tree.getName().toString());
      if (local != null) {
        return local;
      }
      throw new Unsupported("reference to " + tree.getName(), tree);
    }

    private Expr constant(ExpressionTree tree) {
      Element element = elementOf(tree);
      if (element != null && element.getKind() == ElementKind.ENUM_CONSTANT) {
        return enumConstant(element);
      }
      if (element instanceof VariableElement field && field.getConstantValue() != null) {
        return constantValue(field, tree);
      }
      if (element != null && element.getKind() == ElementKind.FIELD
          && ownerName(element).equals("java.math.BigDecimal")) {
        switch (element.getSimpleName().toString()) {
          case "ZERO": return new Expr.Literal("0", JType.of(Kind.DECIMAL, false));
          case "ONE": return new Expr.Literal("1", JType.of(Kind.DECIMAL, false));
          case "TEN": return new Expr.Literal("10", JType.of(Kind.DECIMAL, false));
          default: break;
        }
      }
      if (element instanceof VariableElement field && element.getKind() == ElementKind.FIELD) {
        return staticFinal(field, tree);
      }
      throw new Unsupported("field " + tree, tree);
    }

    /**
     * A {@code static final} field that is not a compile-time constant ({@code LocalDate.of(1994, 1, 1)},
     * {@code new BigDecimal("0.05")}, {@code START.plusYears(1)}): its initializer, read as an
     * expression of literals and other such fields. Java computes it once; a translation computes
     * the same value, which Spark's optimizer folds.
     */
    private Expr staticFinal(VariableElement field, Tree at) {
      return inConstant(field, at, (reading, initializer) -> reading.expr(initializer, new HashMap<>()));
    }

    /** {@code read} applied to {@code field}'s initializer, read with no parameters from the field's own source. */
    private <T> T inConstant(VariableElement field, Tree at, java.util.function.BiFunction<Reading, ExpressionTree, T> read) {
      String name = simpleOwner(ownerName(field)) + "." + field.getSimpleName();
      if (!field.getModifiers().contains(Modifier.STATIC) || !field.getModifiers().contains(Modifier.FINAL)) {
        throw new Unsupported("field " + name + ", which is not static final", at);
      }
      TreePath path = trees.getPath(field);
      if (path == null || !(path.getLeaf() instanceof VariableTree variable)) {
        throw new Unsupported("field " + name + ", compiled elsewhere (no initializer to read)", at);
      }
      if (variable.getInitializer() == null) {
        throw new Unsupported("field " + name + ", assigned in a static block", at);
      }
      if (constantsRead.contains(field)) {
        throw new Unsupported("field " + name + ", whose initializer refers back to itself", at);
      }
      List<VariableElement> outer = new ArrayList<>(constantsRead);
      outer.add(field);
      try {
        return read.apply(new Reading(path, List.of(), List.of(), new boolean[0], outer), variable.getInitializer());
      } catch (Unsupported e) {
        // The note points at the use in the step, and names the field whose initializer is at fault.
        throw new Unsupported(e.construct.startsWith("field ") ? e.construct
            : "field " + name + ", whose initializer has a " + e.construct, at);
      }
    }

    /** A {@code static final} constant such as {@code Long.MAX_VALUE}: its value, as javac computed it. */
    private Expr constantValue(VariableElement field, Tree at) {
      JType type = typeOf(at).notNull();
      if (type.kind() == Kind.STRING || type.isNumeric() && !type.isFloating() || type.kind() == Kind.BOOLEAN
          || type.kind() == Kind.DOUBLE && Double.isFinite(((Number) field.getConstantValue()).doubleValue())) {
        return new Expr.Literal(field.getConstantValue(), type);
      }
      throw new Unsupported("constant " + field.getSimpleName() + " of type " + type.kind(), at);
    }

    private Expr enumConstant(Element constant) {
      return new Expr.Literal(constant.getSimpleName().toString(),
          new JType(Kind.ENUM, false, ownerName(constant)));
    }

    private Expr invocation(MethodInvocationTree tree, Map<String, Expr> locals) {
      Element element = elementOf(tree);
      if (!(element instanceof ExecutableElement method)) {
        throw new Unsupported("call to " + tree.getMethodSelect(), tree);
      }
      String owner = ownerName(method);
      String name = method.getSimpleName().toString();
      List<? extends ExpressionTree> args = tree.getArguments();
      String signature = simpleOwner(owner) + "." + name + "()";
      if (method.getModifiers().contains(Modifier.STATIC)) {
        return staticCall(tree, owner, name, args, signature, locals);
      }
      ExpressionTree receiverTree = tree.getMethodSelect() instanceof MemberSelectTree select ? select.getExpression() : null;
      if (receiverTree == null) {
        throw new Unsupported("call to " + name + "() of the job class", tree);
      }
      int parameter = parameterIndex(receiverTree);
      if (parameter >= 0 && args.isEmpty()) {
        Optional<Component> component = inputs.get(parameter).component(name);
        if (component.isPresent()) {
          if (handWritten.declaredByHand(method)) {
            throw new Unsupported("accessor " + name + "() that " + simpleOwner(owner)
                + " declares itself (the column holds the component, the accessor may return something else)", tree);
          }
          return columnRef(parameter, component.get(), receiverTree, tree);
        }
      }
      if (name.equals("contains") && args.size() == 1
          && (owner.equals("java.util.Set") || owner.equals("java.util.List") || owner.equals("java.util.Collection"))) {
        return in(receiverTree, args.get(0), tree, locals);
      }
      Expr receiver = expr(receiverTree, locals);
      if (name.equals("equals") && args.size() == 1) {
        Expr other = expr(args.get(0), locals);
        if (receiver.type().isFloating() || receiver.type().kind() == Kind.DECIMAL) {
          throw new Unsupported(signature + " (it compares " + (receiver.type().kind() == Kind.DECIMAL
              ? "scale as well as value; use compareTo" : "bit patterns: NaN equals NaN, 0.0 differs from -0.0") + ")", tree);
        }
        sameKinds(receiver, other, tree);
        return new Expr.NullSafeEquals(nonNull(receiver, receiverTree), other);
      }
      switch (owner + "#" + name + "/" + args.size()) {
        case "java.lang.String#startsWith/1":
          return stringTest(Function.STARTS_WITH, receiver, receiverTree, args.get(0), locals);
        case "java.lang.String#endsWith/1":
          return stringTest(Function.ENDS_WITH, receiver, receiverTree, args.get(0), locals);
        case "java.lang.String#contains/1":
          return stringTest(Function.CONTAINS, receiver, receiverTree, args.get(0), locals);
        case "java.lang.String#isEmpty/0":
          return new Expr.Call(Function.IS_EMPTY, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.BOOLEAN, false));
        case "java.lang.String#toUpperCase/0":
          return new Expr.Call(Function.UPPER, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.STRING, false));
        case "java.lang.String#toLowerCase/0":
          return new Expr.Call(Function.LOWER, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.STRING, false));
        case "java.lang.String#length/0":
          return new Expr.Call(Function.LENGTH, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.INT, false));
        case "java.lang.String#trim/0":
          return new Expr.Call(Function.TRIM, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.STRING, false));
        case "java.lang.String#strip/0":
          return new Expr.Call(Function.STRIP, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.STRING, false));
        case "java.lang.String#isBlank/0":
          return new Expr.Call(Function.IS_BLANK, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.BOOLEAN, false));
        case "java.lang.String#substring/1":
        case "java.lang.String#substring/2": {
          List<Expr> arguments = new ArrayList<>(List.of(nonNull(receiver, receiverTree)));
          for (ExpressionTree arg : args) {
            arguments.add(convert(expr(arg, locals), JType.of(Kind.INT, false), arg));
          }
          arguments.add(new Expr.Literal(tree.toString(), JType.of(Kind.STRING, false)));
          return new Expr.Call(Function.SUBSTRING, arguments, JType.of(Kind.STRING, false));
        }
        case "java.lang.String#matches/1":
          return matches(receiver, receiverTree, args.get(0), locals);
        case "java.math.BigDecimal#doubleValue/0":
          return new Expr.Cast(nonNull(receiver, receiverTree), JType.of(Kind.DOUBLE, false));
        case "java.math.BigDecimal#add/1":
          return decimalArithmetic(BinaryOp.ADD, receiver, receiverTree, args.get(0), locals);
        case "java.math.BigDecimal#subtract/1":
          return decimalArithmetic(BinaryOp.SUBTRACT, receiver, receiverTree, args.get(0), locals);
        case "java.math.BigDecimal#multiply/1":
          return decimalArithmetic(BinaryOp.MULTIPLY, receiver, receiverTree, args.get(0), locals);
        case "java.math.BigDecimal#divide/3":
          return decimalDivide(receiver, receiverTree, args.get(0), scaleOf(args.get(1), locals), args.get(2), tree, locals);
        case "java.math.BigDecimal#divide/2": {
          if (!(elementOf(args.get(1)) instanceof VariableElement mode) || !ownerName(mode).equals("java.math.RoundingMode")) {
            throw new Unsupported("BigDecimal.divide with a MathContext (its precision, not a scale, bounds the result)", tree);
          }
          return decimalDivide(receiver, receiverTree, args.get(0), javaScale(receiver, tree), args.get(1), tree, locals);
        }
        case "java.math.BigDecimal#negate/0":
          return new Expr.Unary(Expr.UnaryOp.NEGATE, nonNull(receiver, receiverTree), JType.of(Kind.DECIMAL, false));
        case "java.time.LocalDate#getYear/0":
          return new Expr.Call(Function.YEAR, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.INT, false));
        case "java.time.LocalDate#getMonthValue/0":
          return new Expr.Call(Function.MONTH, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.INT, false));
        case "java.time.LocalDate#getDayOfMonth/0":
          return new Expr.Call(Function.DAY_OF_MONTH, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.INT, false));
        case "java.time.LocalDate#plusDays/1":
          return new Expr.Call(Function.PLUS_DAYS, List.of(nonNull(receiver, receiverTree),
              convert(expr(args.get(0), locals), JType.of(Kind.LONG, false), args.get(0))), JType.of(Kind.DATE, false));
        case "java.time.LocalDate#minusDays/1":
          return new Expr.Call(Function.PLUS_DAYS, List.of(nonNull(receiver, receiverTree),
              negated(convert(expr(args.get(0), locals), JType.of(Kind.LONG, false), args.get(0)))), JType.of(Kind.DATE, false));
        case "java.time.LocalDate#plusWeeks/1":
        case "java.time.LocalDate#minusWeeks/1":
          return new Expr.Call(Function.PLUS_DAYS, List.of(nonNull(receiver, receiverTree),
              scaledAmount(args.get(0), 7, name.startsWith("minus"), tree, locals)), JType.of(Kind.DATE, false));
        case "java.time.LocalDate#plusMonths/1":
        case "java.time.LocalDate#minusMonths/1":
        case "java.time.LocalDate#plusYears/1":
        case "java.time.LocalDate#minusYears/1":
          return new Expr.Call(Function.PLUS_MONTHS, List.of(nonNull(receiver, receiverTree),
              scaledAmount(args.get(0), name.endsWith("Years") ? 12 : 1, name.startsWith("minus"), tree, locals)),
              JType.of(Kind.DATE, false));
        case "java.time.LocalDate#getDayOfYear/0":
          return new Expr.Call(Function.DAY_OF_YEAR, List.of(nonNull(receiver, receiverTree)), JType.of(Kind.INT, false));
        case "java.time.LocalDate#isBefore/1":
        case "java.time.LocalDate#isAfter/1":
        case "java.time.LocalDate#isEqual/1": {
          Expr other = nonNull(expr(args.get(0), locals), args.get(0));
          BinaryOp op = name.equals("isBefore") ? BinaryOp.LT : name.equals("isAfter") ? BinaryOp.GT : BinaryOp.EQ;
          return new Expr.Binary(op, nonNull(receiver, receiverTree), other, JType.of(Kind.BOOLEAN, false));
        }
        case "java.lang.Enum#name/0":
          return new Expr.Cast(nonNull(receiver, receiverTree), JType.of(Kind.STRING, false));
        default:
          break;
      }
      if (owner.startsWith("java.lang.") && name.endsWith("Value") && args.isEmpty() && receiver.type().isNumeric()) {
        return convert(nonNull(receiver, receiverTree), typeOf(tree).notNull(), tree); // intValue(), doubleValue()...
      }
      throw new Unsupported("call to " + signature, tree);
    }

    private Expr staticCall(MethodInvocationTree tree, String owner, String name, List<? extends ExpressionTree> args,
        String signature, Map<String, Expr> locals) {
      switch (owner + "#" + name + "/" + args.size()) {
        case "java.util.Objects#equals/2": {
          Expr a = expr(args.get(0), locals);
          Expr b = expr(args.get(1), locals);
          if (a.type().isFloating() || a.type().kind() == Kind.DECIMAL) {
            throw new Unsupported("Objects.equals on " + a.type().kind().name().toLowerCase() + " values", tree);
          }
          sameKinds(a, b, tree);
          return new Expr.NullSafeEquals(a, b);
        }
        case "java.util.Objects#isNull/1":
          return isNull(args.get(0), locals);
        case "java.util.Objects#nonNull/1":
          return new Expr.Unary(Expr.UnaryOp.NOT, isNull(args.get(0), locals), JType.of(Kind.BOOLEAN, false));
        case "java.math.BigDecimal#valueOf/1": {
          Expr value = expr(args.get(0), locals);
          if (!value.type().isIntegral()) {
            throw new Unsupported("BigDecimal.valueOf(double) (it goes through Double.toString)", tree);
          }
          return convert(convert(value, JType.of(Kind.LONG, false), args.get(0)), JType.of(Kind.DECIMAL, false), tree);
        }
        case "java.time.LocalDate#ofInstant/2": {
          Element zone = elementOf(args.get(1));
          if (zone == null || !zone.getSimpleName().contentEquals("UTC") || !ownerName(zone).equals("java.time.ZoneOffset")) {
            throw new Unsupported("LocalDate.ofInstant with a zone other than ZoneOffset.UTC", tree);
          }
          return new Expr.Call(Function.DATE_OF_INSTANT_UTC, List.of(nonNull(expr(args.get(0), locals), args.get(0))),
              JType.of(Kind.DATE, false));
        }
        case "java.time.LocalDate#of/3": {
          List<Integer> parts = new ArrayList<>();
          for (ExpressionTree arg : args) {
            if (!(arg instanceof LiteralTree literal) || !(literal.getValue() instanceof Integer part)) {
              throw new Unsupported("LocalDate.of with arguments that are not int literals", tree);
            }
            parts.add(part);
          }
          try {
            return new Expr.Literal(java.time.LocalDate.of(parts.get(0), parts.get(1), parts.get(2)).toString(),
                JType.of(Kind.DATE, false));
          } catch (java.time.DateTimeException e) {
            throw new Unsupported("LocalDate.of with an invalid date (" + e.getMessage() + ")", tree);
          }
        }
        case "java.lang.Math#max/2":
        case "java.lang.Math#min/2": {
          JType type = typeOf(tree).notNull();
          if (!type.isIntegral()) {
            throw new Unsupported("Math." + name + " of floating-point values (NaN and -0.0 rules differ from SQL)", tree);
          }
          return new Expr.Call(name.equals("max") ? Function.GREATEST : Function.LEAST,
              List.of(convert(expr(args.get(0), locals), type, args.get(0)), convert(expr(args.get(1), locals), type, args.get(1))), type);
        }
        case "java.lang.Math#abs/1": {
          JType type = typeOf(tree).notNull();
          return new Expr.Call(Function.ABS, List.of(convert(expr(args.get(0), locals), type, args.get(0))), type);
        }
        default:
          throw new Unsupported("call to " + signature, tree);
      }
    }

    private Expr isNull(ExpressionTree tree, Map<String, Expr> locals) {
      int parameter = parameterIndex(tree);
      if (parameter >= 0) {
        return absentable[parameter] ? new Expr.InputAbsent(parameter) : new Expr.Literal(false, JType.of(Kind.BOOLEAN, false));
      }
      return new Expr.IsNull(expr(tree, locals));
    }

    private Expr columnRef(int parameter, Component component, ExpressionTree receiver, Tree at) {
      JType type = new JType(component.type().kind(), component.type().nullable(),
          component.type().kind() == Kind.ENUM ? component.type().javaName() : null);
      if (!supportedColumn(type.kind())) {
        throw new Unsupported("component " + component.name() + " of type " + component.type().sqlName(), at);
      }
      return new Expr.ColumnRef(parameter, component.name(), type);
    }

    private boolean supportedColumn(Kind kind) {
      return kind != Kind.ARRAY && kind != Kind.MAP && kind != Kind.STRUCT && kind != Kind.BINARY && kind != Kind.UNSUPPORTED;
    }

    private Expr stringTest(Function function, Expr receiver, ExpressionTree receiverTree, ExpressionTree arg,
        Map<String, Expr> locals) {
      Expr argument = expr(arg, locals);
      if (argument.type().kind() != Kind.STRING) {
        throw new Unsupported(function.name().toLowerCase() + " with a " + argument.type().kind() + " argument", arg);
      }
      return new Expr.Call(function, List.of(nonNull(receiver, receiverTree), nonNull(argument, arg)),
          JType.of(Kind.BOOLEAN, false));
    }

    /** {@code -value} for a long, which wraps at Long.MIN_VALUE as Java's negation does. */
    private Expr negated(Expr value) {
      return new Expr.Unary(Expr.UnaryOp.NEGATE, value, value.type());
    }

    /**
     * An int amount of weeks, months or years as a long count of days or months ({@code factor}
     * each), negated for minus: exact, since an int times 12 or 7 fits a long. A long amount stays
     * on the JVM, where Java's overflow checks would throw and a wrapped count would not.
     */
    private Expr scaledAmount(ExpressionTree arg, long factor, boolean minus, Tree at, Map<String, Expr> locals) {
      Expr amount = expr(arg, locals);
      if (!amount.type().isIntegral() || amount.type().kind() == Kind.LONG) {
        throw new Unsupported("LocalDate arithmetic with a " + amount.type().kind().name().toLowerCase(java.util.Locale.ROOT)
            + " amount (only int amounts translate)", at);
      }
      Expr wide = convert(amount, JType.of(Kind.LONG, false), arg);
      Expr scaled = factor == 1 ? wide
          : new Expr.Binary(BinaryOp.MULTIPLY, wide, new Expr.Literal(factor, JType.of(Kind.LONG, false)), wide.type());
      return minus ? negated(scaled) : scaled;
    }

    /** {@code s.matches("regex")} with a literal regex Java accepts: a whole-string match. */
    private Expr matches(Expr receiver, ExpressionTree receiverTree, ExpressionTree arg, Map<String, Expr> locals) {
      Expr regex = expr(arg, locals);
      if (!(regex instanceof Expr.Literal literal) || !(literal.value() instanceof String text)) {
        throw new Unsupported("String.matches with a regex that is not a literal or constant", arg);
      }
      try {
        java.util.regex.Pattern.compile(text);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new Unsupported("String.matches with a regex Java rejects (" + e.getDescription() + ")", arg);
      }
      if (text.contains("\\Q") || java.util.regex.Pattern.compile("\\(\\?[a-zA-Z-]*x").matcher(text).find()) {
        // Quoting or comments could swallow the anchors the translation puts around the regex.
        throw new Unsupported("String.matches with \\Q quoting or the comments flag (?x) in the regex", arg);
      }
      return new Expr.Call(Function.MATCHES, List.of(nonNull(receiver, receiverTree), regex), JType.of(Kind.BOOLEAN, false));
    }

    /**
     * {@code Set.of(a, b).contains(x)} or {@code List.of(...)}, with constant elements, directly
     * or through a {@code static final} field: {@code x IN (a, b)}. Java's immutable collections
     * throw NullPointerException on {@code contains(null)}, so x is null-checked.
     */
    private Expr in(ExpressionTree collection, ExpressionTree arg, Tree at, Map<String, Expr> locals) {
      List<Expr> elements = constantElements(collection);
      Expr value = expr(arg, locals);
      for (Expr element : elements) {
        if (element.type().kind() != value.type().kind() || !java.util.Objects.equals(element.type().enumType(), value.type().enumType())) {
          throw new Unsupported("contains of a " + value.type().kind() + " value in a collection of " + element.type().kind()
              + " (Java's equals is false across types)", at);
        }
      }
      if (value.type().isFloating() || value.type().kind() == Kind.DECIMAL) {
        throw new Unsupported("contains on " + value.type().kind() + " values (equals is not value equality)", at);
      }
      List<Expr> arguments = new ArrayList<>();
      arguments.add(nonNull(value, arg));
      arguments.addAll(elements);
      return new Expr.Call(Function.IN, arguments, JType.of(Kind.BOOLEAN, false));
    }

    /** The elements of {@code Set.of(...)} or {@code List.of(...)} of constants, or of a static final field holding one. */
    private List<Expr> constantElements(ExpressionTree tree) {
      ExpressionTree bare = tree;
      while (bare instanceof ParenthesizedTree p) {
        bare = p.getExpression();
      }
      Element element = elementOf(bare);
      if (element instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
        return inConstant(field, tree, Reading::constantElements);
      }
      if (!(bare instanceof MethodInvocationTree call) || !(element instanceof ExecutableElement method)
          || !method.getSimpleName().contentEquals("of")
          || !(ownerName(method).equals("java.util.Set") || ownerName(method).equals("java.util.List"))) {
        throw new Unsupported("contains on a collection other than Set.of or List.of of constants", tree);
      }
      List<Expr> elements = new ArrayList<>();
      java.util.Set<Object> distinct = new java.util.HashSet<>();
      for (ExpressionTree arg : call.getArguments()) {
        Expr value = expr(arg, new HashMap<>());
        if (!(value instanceof Expr.Literal literal) || literal.value() == null) {
          throw new Unsupported("an element of " + simpleOwner(ownerName(method)) + ".of that is not a constant", arg);
        }
        if (!distinct.add(literal.value()) && ownerName(method).equals("java.util.Set")) {
          throw new Unsupported("Set.of with the element " + literal.value() + " twice (Java throws"
              + " IllegalArgumentException)", arg);
        }
        elements.add(value);
      }
      return elements;
    }

    /**
     * {@code a.divide(b, scale, mode)}: the quotient rounded to {@code scale} places by the
     * RoundingMode constant {@code modeTree}; a zero divisor fails as Java's ArithmeticException.
     */
    private Expr decimalDivide(Expr receiver, ExpressionTree receiverTree, ExpressionTree divisorTree, int scale,
        ExpressionTree modeTree, Tree at, Map<String, Expr> locals) {
      Element mode = elementOf(modeTree);
      if (mode == null || mode.getKind() != ElementKind.ENUM_CONSTANT || !ownerName(mode).equals("java.math.RoundingMode")) {
        throw new Unsupported("BigDecimal.divide with a rounding mode that is not a RoundingMode constant", modeTree);
      }
      Expr divisor = nonNull(expr(divisorTree, locals), divisorTree);
      if (!DecimalDivision.exactInSpark(receiver, divisor, scale, this::declaredDecimal)) {
        throw new Unsupported("BigDecimal.divide of values too wide (or of a kind not known) to divide exactly within"
            + " Spark's 38 decimal digits", at);
      }
      return new Expr.Call(Function.DIVIDE_DECIMAL, List.of(nonNull(receiver, receiverTree),
          new Expr.NonZero(divisor, String.valueOf(divisorTree)), new Expr.Literal(scale, JType.of(Kind.INT, false)),
          new Expr.Literal(mode.getSimpleName().toString(), JType.of(Kind.STRING, false))), JType.of(Kind.DECIMAL, false));
    }

    /** The declared decimal(precision, scale) of a column, as Spark holds it. */
    private int[] declaredDecimal(Expr.ColumnRef c) {
      dev.joinery.processor.model.ColumnType type = inputs.get(c.input()).component(c.column()).orElseThrow().type();
      return new int[] {type.precision(), type.scale()};
    }

    /** A scale argument: an int constant from 0 to 38, the places a Spark decimal can hold. */
    private int scaleOf(ExpressionTree tree, Map<String, Expr> locals) {
      Expr scale = expr(tree, locals);
      if (!(scale instanceof Expr.Literal literal) || !(literal.value() instanceof Integer places) || places < 0 || places > 38) {
        throw new Unsupported("BigDecimal.divide with a scale that is not an int constant from 0 to 38", tree);
      }
      return places;
    }

    /**
     * The scale Java's BigDecimal has at run time for {@code e}: a column's declared scale (Spark
     * hands the JVM its values at that scale), a literal's own, the larger for add and subtract,
     * the sum for multiply, as BigDecimal's rules give.
     */
    private int javaScale(Expr e, Tree at) {
      if (e instanceof Expr.NonNull n) {
        return javaScale(n.operand(), at);
      } else if (e instanceof Expr.ColumnRef c) {
        return inputs.get(c.input()).component(c.column()).orElseThrow().type().scale();
      } else if (e instanceof Expr.Literal l && l.value() instanceof String text) {
        return new java.math.BigDecimal(text).scale();
      } else if (e instanceof Expr.Cast c && c.operand().type().isIntegral()) {
        return 0;
      } else if (e instanceof Expr.Unary u) {
        return javaScale(u.operand(), at);
      } else if (e instanceof Expr.Binary b && b.op() == BinaryOp.MULTIPLY) {
        return javaScale(b.left(), at) + javaScale(b.right(), at);
      } else if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUBTRACT)) {
        return Math.max(javaScale(b.left(), at), javaScale(b.right(), at));
      } else if (e instanceof Expr.Call c && c.function() == Function.DIVIDE_DECIMAL) {
        return (Integer) ((Expr.Literal) c.arguments().get(2)).value();
      } else if (e instanceof Expr.Conditional c && javaScale(c.whenTrue(), at) == javaScale(c.whenFalse(), at)) {
        return javaScale(c.whenTrue(), at);
      }
      throw new Unsupported("BigDecimal.divide(divisor, RoundingMode) of a value whose scale is not known at compile"
          + " time (give the scale: divide(divisor, scale, mode))", at);
    }

    private Expr decimalArithmetic(BinaryOp op, Expr receiver, ExpressionTree receiverTree, ExpressionTree arg,
        Map<String, Expr> locals) {
      Expr argument = nonNull(expr(arg, locals), arg);
      return new Expr.Binary(op, nonNull(receiver, receiverTree), argument, JType.of(Kind.DECIMAL, false));
    }

    private Expr binary(BinaryTree tree, Map<String, Expr> locals) {
      ExpressionTree leftTree = tree.getLeftOperand();
      ExpressionTree rightTree = tree.getRightOperand();
      switch (tree.getKind()) {
        case CONDITIONAL_AND:
        case CONDITIONAL_OR:
          return new Expr.Binary(tree.getKind() == Tree.Kind.CONDITIONAL_AND ? BinaryOp.AND : BinaryOp.OR,
              bool(expr(leftTree, locals), leftTree), bool(expr(rightTree, locals), rightTree), JType.of(Kind.BOOLEAN, false));
        case EQUAL_TO:
        case NOT_EQUAL_TO: {
          boolean equal = tree.getKind() == Tree.Kind.EQUAL_TO;
          if (rightTree.getKind() == Tree.Kind.NULL_LITERAL || leftTree.getKind() == Tree.Kind.NULL_LITERAL) {
            Expr test = isNull(rightTree.getKind() == Tree.Kind.NULL_LITERAL ? leftTree : rightTree, locals);
            return equal ? test : new Expr.Unary(Expr.UnaryOp.NOT, test, JType.of(Kind.BOOLEAN, false));
          }
          return comparison(equal ? BinaryOp.EQ : BinaryOp.NE, tree, locals);
        }
        case LESS_THAN: return comparison(BinaryOp.LT, tree, locals);
        case LESS_THAN_EQUAL: return comparison(BinaryOp.LE, tree, locals);
        case GREATER_THAN: return comparison(BinaryOp.GT, tree, locals);
        case GREATER_THAN_EQUAL: return comparison(BinaryOp.GE, tree, locals);
        default:
          break;
      }
      JType type = typeOf(tree).notNull();
      if (tree.getKind() == Tree.Kind.PLUS && type.kind() == Kind.STRING) {
        return new Expr.Binary(BinaryOp.CONCAT, concatOperand(leftTree, locals), concatOperand(rightTree, locals), type);
      }
      if (!type.isNumeric()) {
        throw new Unsupported(describe(tree.getKind()) + " on " + type.kind(), tree);
      }
      Expr left = convert(expr(leftTree, locals), type, leftTree);
      Expr right = convert(expr(rightTree, locals), type, rightTree);
      BinaryOp op;
      switch (tree.getKind()) {
        case PLUS: op = BinaryOp.ADD; break;
        case MINUS: op = BinaryOp.SUBTRACT; break;
        case MULTIPLY: op = BinaryOp.MULTIPLY; break;
        case DIVIDE: op = BinaryOp.DIVIDE; break;
        default: op = BinaryOp.REMAINDER;
      }
      if ((op == BinaryOp.DIVIDE || op == BinaryOp.REMAINDER) && type.isIntegral()
          && !(right instanceof Expr.Literal l && l.value() instanceof Number n && n.longValue() != 0)) {
        right = new Expr.NonZero(right, String.valueOf(rightTree)); // Java throws ArithmeticException on zero
      }
      return new Expr.Binary(op, left, right, type);
    }

    private Expr comparison(BinaryOp op, BinaryTree tree, Map<String, Expr> locals) {
      Optional<Expr> compareTo = compareToPattern(op, tree, locals);
      if (compareTo.isPresent()) {
        return compareTo.get();
      }
      Expr left = expr(tree.getLeftOperand(), locals);
      Expr right = expr(tree.getRightOperand(), locals);
      boolean equality = op == BinaryOp.EQ || op == BinaryOp.NE;
      if (equality && left.type().kind() == Kind.ENUM && right.type().kind() == Kind.ENUM) {
        return new Expr.Binary(op, nonNull(left, tree.getLeftOperand()), nonNull(right, tree.getRightOperand()),
            JType.of(Kind.BOOLEAN, false));
      }
      if (equality && isReference(tree.getLeftOperand(), left) && isReference(tree.getRightOperand(), right)) {
        throw new Unsupported("== between references (it compares identity, not values; use equals)", tree);
      }
      JType common = promoted(left.type(), right.type(), tree);
      return new Expr.Binary(op, convert(left, common, tree.getLeftOperand()), convert(right, common, tree.getRightOperand()),
          JType.of(Kind.BOOLEAN, false));
    }

    /** {@code a.compareTo(b) > 0} and friends, for BigDecimal and LocalDate: {@code a > b}. */
    private Optional<Expr> compareToPattern(BinaryOp op, BinaryTree tree, Map<String, Expr> locals) {
      if (!(tree.getLeftOperand() instanceof MethodInvocationTree call)
          || !(tree.getRightOperand() instanceof LiteralTree zero) || !Integer.valueOf(0).equals(zero.getValue())
          || !(elementOf(call) instanceof ExecutableElement method) || !method.getSimpleName().contentEquals("compareTo")
          || call.getArguments().size() != 1 || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
        return Optional.empty();
      }
      Expr a = expr(select.getExpression(), locals);
      if (a.type().kind() != Kind.DECIMAL && a.type().kind() != Kind.DATE && a.type().kind() != Kind.STRING) {
        return Optional.empty();
      }
      if (a.type().kind() == Kind.STRING && op != BinaryOp.EQ && op != BinaryOp.NE) {
        throw new Unsupported("String.compareTo ordering (UTF-16 order, not Spark's byte order)", tree);
      }
      Expr b = expr(call.getArguments().get(0), locals);
      return Optional.of(new Expr.Binary(op, nonNull(a, select.getExpression()), nonNull(b, call.getArguments().get(0)),
          JType.of(Kind.BOOLEAN, false)));
    }

    /** Whether Java sees a reference (compared by identity with ==) rather than a primitive value. */
    private boolean isReference(ExpressionTree tree, Expr value) {
      TypeMirror type = typeMirror(tree);
      if (type != null) {
        return !type.getKind().isPrimitive();
      }
      Kind kind = value.type().kind();
      return value.type().nullable() || !(value.type().isNumeric() || kind == Kind.BOOLEAN) || kind == Kind.DECIMAL;
    }

    private JType promoted(JType a, JType b, Tree at) {
      if (a.kind() == b.kind()) {
        return a.notNull();
      }
      if (a.isNumeric() && b.isNumeric() && a.kind() != Kind.DECIMAL && b.kind() != Kind.DECIMAL) {
        List<Kind> ladder = List.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE);
        return JType.of(ladder.get(Math.max(ladder.indexOf(a.kind()), ladder.indexOf(b.kind()))), false);
      }
      throw new Unsupported("comparison of " + a.kind() + " with " + b.kind(), at);
    }

    private Expr concatOperand(ExpressionTree tree, Map<String, Expr> locals) {
      Expr operand = expr(tree, locals);
      if (operand.type().kind() == Kind.STRING) {
        return operand;
      }
      if (operand.type().isIntegral() || operand.type().kind() == Kind.BOOLEAN) {
        return new Expr.Cast(operand, JType.of(Kind.STRING, operand.type().nullable()));
      }
      throw new Unsupported("string concatenation of a " + operand.type().kind() + " value", tree);
    }

    private Expr cast(TypeCastTree tree, Map<String, Expr> locals) {
      JType target = typeOf(tree);
      Expr operand = expr(tree.getExpression(), locals);
      if (target.nullable() || !target.isNumeric() || target.kind() == Kind.BYTE || target.kind() == Kind.SHORT) {
        throw new Unsupported("cast to " + tree.getType(), tree);
      }
      if (operand.type().isFloating() && target.isIntegral()) {
        throw new Unsupported("cast of a floating-point value to " + tree.getType() + " (Java saturates, Spark fails)", tree);
      }
      return convert(operand, target, tree);
    }

    private Expr newRecord(NewClassTree tree, Map<String, Expr> locals) {
      TypeMirror type = typeMirror(tree);
      if (type != null && type.toString().equals("java.math.BigDecimal") && tree.getArguments().size() == 1
          && tree.getArguments().get(0) instanceof LiteralTree literal && literal.getValue() instanceof String text) {
        try {
          return new Expr.Literal(new java.math.BigDecimal(text).toPlainString(), JType.of(Kind.DECIMAL, false));
        } catch (NumberFormatException e) {
          throw new Unsupported("new BigDecimal(\"" + text + "\"), which Java rejects", tree);
        }
      }
      Optional<RecordModel> record = records.read(type);
      if (record.isEmpty() || tree.getClassBody() != null) {
        throw new Unsupported("new " + tree.getIdentifier() + "(...) of a class that is not a record", tree);
      }
      if (tree.getArguments().size() != record.get().components().size()) {
        throw new Unsupported("new " + tree.getIdentifier() + "(...) through a constructor other than the"
            + " record's canonical one", tree);
      }
      if (HandWrittenMembers.canonicalConstructor(record.get().element()).filter(handWritten::declaredByHand).isPresent()) {
        throw new Unsupported("new " + tree.getIdentifier() + "(...) through a constructor the record declares"
            + " itself (it may change or check the values)", tree);
      }
      List<Component> components = record.get().components();
      List<Expr> values = new ArrayList<>();
      for (int i = 0; i < components.size(); i++) {
        Component component = components.get(i);
        ExpressionTree arg = tree.getArguments().get(i);
        Expr value = expr(arg, locals);
        if (component.type().kind() == Kind.STRUCT) {
          if (!(value instanceof Expr.NewRecord)) {
            throw new Unsupported("record component " + component.name() + " given other than by new", arg);
          }
          values.add(value);
          continue;
        }
        if (!supportedColumn(component.type().kind())) {
          throw new Unsupported("record component " + component.name() + " of type " + component.type().sqlName(), arg);
        }
        JType target = new JType(component.type().kind(), component.type().nullable(), null);
        values.add(component.type().primitive()
            ? convert(nonNull(value, arg), target, arg)
            : value.type().kind() == target.kind() || value.type().kind() == Kind.UNSUPPORTED ? value : convert(value, target, arg));
      }
      return new Expr.NewRecord(record.get(), values);
    }

    /** Java's widening (and integral narrowing) conversion of {@code value} to {@code target}, unboxing checked. */
    private Expr convert(Expr value, JType target, Tree at) {
      Expr operand = target.nullable() ? value : nonNull(value, at);
      if (operand.type().kind() == target.kind()) {
        return operand;
      }
      if (!operand.type().isNumeric() || !target.isNumeric()) {
        throw new Unsupported("conversion of " + operand.type().kind() + " to " + target.kind(), at);
      }
      if (operand instanceof Expr.Literal literal && literal.value() instanceof Number n) {
        return folded(n, target).orElse(new Expr.Cast(operand, target));
      }
      return new Expr.Cast(operand, target);
    }

    /** A numeric literal converted at compile time, as javac's constant folding would; Java's widening rules. */
    private Optional<Expr> folded(Number n, JType target) {
      switch (target.kind()) {
        case LONG: return n instanceof Integer || n instanceof Long
            ? Optional.of(new Expr.Literal(n.longValue(), target)) : Optional.empty();
        case DOUBLE: return Optional.of(new Expr.Literal(n.doubleValue(), target));
        case DECIMAL: return n instanceof Integer || n instanceof Long
            ? Optional.of(new Expr.Literal(String.valueOf(n.longValue()), target)) : Optional.empty();
        default: return Optional.empty();
      }
    }

    private Expr bool(Expr value, Tree at) {
      if (value.type().kind() != Kind.BOOLEAN) {
        throw new Unsupported("condition of type " + value.type().kind(), at);
      }
      return nonNull(value, at);
    }

    private Expr nonNull(Expr value, Tree at) {
      if (!value.type().nullable()) {
        return value;
      }
      if (value instanceof Expr.Literal literal && literal.value() == null) {
        throw new Unsupported("a null literal where Java dereferences it", at);
      }
      return new Expr.NonNull(value, String.valueOf(at));
    }

    private Expr conditional(Expr condition, Expr whenTrue, Expr whenFalse, Tree at) {
      if (whenTrue instanceof Expr.NewRecord || whenFalse instanceof Expr.NewRecord) {
        return new Expr.Conditional(condition, whenTrue, whenFalse, JType.of(Kind.STRUCT, false));
      }
      Kind kind = whenTrue.type().kind() == Kind.UNSUPPORTED ? whenFalse.type().kind() : whenTrue.type().kind();
      if (whenTrue.type().kind() != whenFalse.type().kind() && whenTrue.type().kind() != Kind.UNSUPPORTED
          && whenFalse.type().kind() != Kind.UNSUPPORTED) {
        JType common = promoted(whenTrue.type(), whenFalse.type(), at);
        return new Expr.Conditional(condition, convert(whenTrue, common, at), convert(whenFalse, common, at), common);
      }
      boolean nullable = whenTrue.type().nullable() || whenFalse.type().nullable();
      String enumType = whenTrue.type().enumType() != null ? whenTrue.type().enumType() : whenFalse.type().enumType();
      return new Expr.Conditional(condition, whenTrue, whenFalse, new JType(kind, nullable, enumType));
    }

    /** Pushes conditionals between records into each component, so a map's output is one expression per column. */
    Expr distribute(Expr body) {
      if (body instanceof Expr.Conditional c && c.type().kind() == Kind.STRUCT) {
        Expr t = distribute(c.whenTrue());
        Expr f = distribute(c.whenFalse());
        if (t instanceof Expr.NewRecord a && f instanceof Expr.NewRecord b && a.record().equals(b.record())) {
          List<Expr> components = new ArrayList<>();
          for (int i = 0; i < a.components().size(); i++) {
            Expr x = a.components().get(i);
            Expr y = b.components().get(i);
            components.add(new Expr.Conditional(c.condition(), x, y,
                new JType(x.type().kind(), x.type().nullable() || y.type().nullable(), x.type().enumType())));
          }
          return new Expr.NewRecord(a.record(), components);
        }
        throw new Unsupported("a conditional between rows that are not both built with new", null);
      }
      return body;
    }

    private void sameKinds(Expr a, Expr b, Tree at) {
      if (a.type().kind() != b.type().kind() && a.type().kind() != Kind.UNSUPPORTED && b.type().kind() != Kind.UNSUPPORTED) {
        throw new Unsupported("equals between " + a.type().kind() + " and " + b.type().kind()
            + " (Java's equals is false across types)", at);
      }
    }

    private int parameterIndex(Tree tree) {
      if (!(tree instanceof IdentifierTree)) {
        return -1;
      }
      Element element = elementOf((ExpressionTree) tree);
      for (int i = 0; i < parameters.size(); i++) {
        if (parameters.get(i).equals(element)) {
          return i;
        }
      }
      return -1;
    }

    private Element elementOf(ExpressionTree tree) {
      return trees.getElement(TreePath.getPath(methodPath, tree));
    }

    /**
     * The type javac gave {@code tree}. Processors run before javac attributes method bodies;
     * asking for an element attributes the enclosing statement, after which types are known.
     */
    private TypeMirror typeMirror(Tree tree) {
      TreePath path = TreePath.getPath(methodPath, tree);
      TypeMirror type = trees.getTypeMirror(path);
      if (type == null) {
        trees.getElement(path);
        type = trees.getTypeMirror(path);
      }
      return type;
    }

    private JType typeOf(Tree tree) {
      TypeMirror type = typeMirror(tree);
      if (type == null) {
        throw new Unsupported("expression of a type javac did not record", tree);
      }
      switch (type.getKind()) {
        case BOOLEAN: return JType.of(Kind.BOOLEAN, false);
        case BYTE: return JType.of(Kind.BYTE, false);
        case SHORT: return JType.of(Kind.SHORT, false);
        case INT: return JType.of(Kind.INT, false);
        case LONG: return JType.of(Kind.LONG, false);
        case FLOAT: return JType.of(Kind.FLOAT, false);
        case DOUBLE: return JType.of(Kind.DOUBLE, false);
        case DECLARED:
          break;
        default:
          throw new Unsupported("a value of type " + type, tree);
      }
      String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
      switch (name) {
        case "java.lang.Boolean": return JType.of(Kind.BOOLEAN, true);
        case "java.lang.Integer": return JType.of(Kind.INT, true);
        case "java.lang.Long": return JType.of(Kind.LONG, true);
        case "java.lang.Double": return JType.of(Kind.DOUBLE, true);
        case "java.lang.Float": return JType.of(Kind.FLOAT, true);
        case "java.lang.Short": return JType.of(Kind.SHORT, true);
        case "java.lang.Byte": return JType.of(Kind.BYTE, true);
        case "java.lang.String": return JType.of(Kind.STRING, true);
        case "java.math.BigDecimal": return JType.of(Kind.DECIMAL, true);
        case "java.time.LocalDate": return JType.of(Kind.DATE, true);
        default: throw new Unsupported("a value of type " + name, tree);
      }
    }
  }

  private static String ownerName(Element member) {
    return ((TypeElement) member.getEnclosingElement()).getQualifiedName().toString();
  }

  private static String simpleOwner(String owner) {
    return owner.substring(owner.lastIndexOf('.') + 1);
  }

  private static String describe(Tree.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
