package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableExpectation;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import dev.joinery.processor.reading.ExpectationReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Checks {@code @Expect} rules on table records: one rule each, fitting the component's type, bounds
 * that parse as that type, patterns that compile, other tables' columns that exist and compare,
 * conditions on methods shaped as a filter is, row count bounds that can hold, names unique within
 * the table. (Whether a condition translates to Spark is checked with the translations.)
 */
public final class ExpectationPass implements ValidationPass {
  private static final Set<Kind> RANGED = EnumSet.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG, Kind.FLOAT,
      Kind.DOUBLE, Kind.DECIMAL, Kind.DATE, Kind.TIMESTAMP, Kind.TIMESTAMP_NTZ);

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (TableModel table : build.catalog().tables()) {
      Map<String, String> names = new HashMap<>();
      for (Component component : table.record().components()) {
        for (Expectation rule : ExpectationReader.of(component)) {
          if (check(build, table, component.type(), rule, diagnostics)) {
            String first = names.putIfAbsent(rule.name(), rule.column());
            if (first != null) {
              error(diagnostics, rule, rule.values().containsKey("name") ? "name" : null, "Table " + table.name()
                  + " has two rules named '" + rule.name() + "' (on " + first + " and " + rule.column()
                  + "); give one of them another name = \"...\".");
            }
          }
        }
      }
      for (TableExpectation rule : ExpectationReader.ofTable(table.record())) {
        if (checkTableRule(table, rule, diagnostics)) {
          String first = names.putIfAbsent(rule.name(), rule.isRowCount() ? "the record" : rule.method().getSimpleName()
              + "()");
          if (first != null) {
            diagnostics.error(Tag.BAD_EXPECTATION, "Table " + table.name() + " has two rules named '" + rule.name()
                + "' (on " + first + " and " + (rule.isRowCount() ? "the record" : rule.method().getSimpleName() + "()")
                + "); give one of them another name = \"...\".", rule.element(), rule.annotation(),
                rule.values().get("name"));
          }
        }
      }
    }
    checkStepRecords(build, diagnostics);
    checkJobClasses(build, diagnostics);
  }

  /** Whether a rule on the table's rows as a whole is well formed; reports the first thing wrong with it. */
  private static boolean checkTableRule(TableModel table, TableExpectation rule, Diagnostics diagnostics) {
    if (rule.isRowCount()) {
      String where = "@ExpectRows on " + table.name();
      if (rule.action().equals("QUARANTINE")) {
        diagnostics.error(Tag.BAD_EXPECTATION, where + ": a row count has no row to set aside; use action = WARN"
            + " or FAIL.", rule.element(), rule.annotation(), rule.values().get("action"));
        return false;
      }
      if (rule.min() < 0 || rule.min() > rule.max()) {
        diagnostics.error(Tag.BAD_EXPECTATION, where + ": min " + rule.min() + " and max " + rule.max()
            + " allow no row count; min must be 0 or more and at most max.", rule.element(), rule.annotation(),
            rule.values().get(rule.min() < 0 ? "min" : "max"));
        return false;
      }
      return true;
    }
    ExecutableElement method = rule.method();
    String where = "@Expect on " + table.record().simpleName() + "." + method.getSimpleName() + "()";
    for (String member : rule.values().keySet()) {
      if (!member.equals("name") && !member.equals("action")) {
        diagnostics.error(Tag.BAD_EXPECTATION, where + ": on a method, @Expect states the method's condition, so"
            + " only name and action apply; " + member + " belongs on a component.", method, rule.annotation(),
            rule.values().get(member));
        return false;
      }
    }
    boolean shaped = method.getModifiers().contains(Modifier.STATIC)
        && method.getReturnType().getKind() == TypeKind.BOOLEAN
        && method.getParameters().size() == 1
        && method.getParameters().get(0).asType() instanceof DeclaredType param
        && param.asElement().equals(table.record().element());
    if (!shaped) {
      diagnostics.error(Tag.BAD_EXPECTATION, where + ": a condition is a static method that takes the record and"
          + " returns boolean, true for a good row, as in static boolean " + method.getSimpleName() + "("
          + table.record().simpleName() + " row).", method, rule.annotation());
      return false;
    }
    return true;
  }

  /** A condition on a job's method would never run (rules belong to tables): say so. */
  private static void checkJobClasses(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      for (ExecutableElement method : ElementFilter.methodsIn(graph.job().element().getEnclosedElements())) {
        for (AnnotationMirror mirror : ExpectationReader.mirrors(method)) {
          diagnostics.error(Tag.BAD_EXPECTATION, "@Expect on " + method.getSimpleName() + "() of job "
              + graph.job().name() + ": rules belong to the tables they check; put this condition on a static"
              + " method of the source table's record, or write a @Filter step.", method, mirror);
        }
      }
    }
  }

  /** Rules on a step's record that is no table would never run: say so. */
  private static void checkStepRecords(Build build, Diagnostics diagnostics) {
    Set<String> seen = new java.util.HashSet<>();
    for (JobGraph graph : build.jobs()) {
      for (Step step : graph.job().steps()) {
        if (!(step.outputType() instanceof DeclaredType declared)
            || !(declared.asElement() instanceof TypeElement record)
            || record.getKind() != ElementKind.RECORD
            || build.catalog().byRecord(record).isPresent()
            || !seen.add(record.getQualifiedName().toString())) {
          continue;
        }
        List<Element> ruled = new ArrayList<>(record.getRecordComponents());
        ruled.addAll(ExpectationReader.conditionMethods(record));
        for (Element element : ruled) {
          for (AnnotationMirror mirror : ExpectationReader.mirrors(element)) {
            diagnostics.error(Tag.BAD_EXPECTATION, "@Expect on " + record.getSimpleName() + "." + element.getSimpleName()
                + (element instanceof ExecutableElement ? "()" : "") + ": " + record.getSimpleName() + " is not a"
                + " @Table record, and rules run only when a job reads a table; move the rule to the source table's"
                + " record.", element, mirror);
          }
        }
        AnnotationValues.find(record, ExpectationReader.EXPECT_ROWS).ifPresent(mirror -> diagnostics.error(
            Tag.BAD_EXPECTATION, "@ExpectRows on " + record.getSimpleName() + ": it is not a @Table record, and rules"
                + " run only when a job reads a table; put it on the source table's record.", record, mirror));
      }
    }
  }

  /** Whether the rule is well formed; reports the first thing wrong with it. */
  private boolean check(Build build, TableModel table, ColumnType type, Expectation rule, Diagnostics diagnostics) {
    String where = "@Expect on " + table.name() + "." + rule.column();
    if (rule.kinds().isEmpty()) {
      error(diagnostics, rule, null, where + " states no rule; give one of notNull = true, min/max, oneOf, pattern,"
          + " unique = true or in.");
      return false;
    }
    if (rule.kinds().size() > 1) {
      error(diagnostics, rule, member(rule.kinds().get(1)), where + " states " + String.join(" and ", rule.kinds())
          + "; one @Expect states one rule, so repeat @Expect for each (each with its own name and action).");
      return false;
    }
    switch (rule.kind()) {
      case "not_null":
        if (type.primitive()) {
          error(diagnostics, rule, "notNull", where + ": the component is a primitive " + simple(type)
              + ", which can never be null, so notNull would never fail.");
          return false;
        }
        return true;
      case "range":
        return checkRange(type, rule, where, diagnostics);
      case "one_of":
        if (type.kind() != Kind.STRING && type.kind() != Kind.ENUM) {
          error(diagnostics, rule, "oneOf", where + ": oneOf applies to String or enum components, not "
              + simple(type) + "; use min/max for numbers and dates.");
          return false;
        }
        if (rule.oneOf().isEmpty()) {
          error(diagnostics, rule, "oneOf", where + ": oneOf lists no values, so every row would break it.");
          return false;
        }
        if (type.kind() == Kind.ENUM) {
          for (String value : rule.oneOf()) {
            if (!type.enumConstants().contains(value)) {
              error(diagnostics, rule, "oneOf", where + ": '" + value + "' is not a constant of " + simple(type)
                  + " (" + String.join(", ", type.enumConstants()) + ").");
              return false;
            }
          }
        }
        return true;
      case "pattern":
        if (type.kind() != Kind.STRING) {
          error(diagnostics, rule, "pattern", where + ": pattern applies to String components, not "
              + simple(type) + ".");
          return false;
        }
        try {
          Pattern.compile(rule.pattern());
        } catch (PatternSyntaxException e) {
          error(diagnostics, rule, "pattern", where + ": pattern '" + rule.pattern()
              + "' is not a Java regular expression: " + e.getDescription() + " near index " + e.getIndex() + ".");
          return false;
        }
        return true;
      case "unique":
        return true;
      case "in":
        return checkReference(build, table, type, rule, where, diagnostics);
      default:
        return false;
    }
  }

  /** An {@code in} rule names a column of a table of the build whose values compare with this column's. */
  private boolean checkReference(Build build, TableModel table, ColumnType type, Expectation rule, String where,
      Diagnostics diagnostics) {
    int dot = rule.in().lastIndexOf('.');
    String otherTable = dot < 0 ? "" : rule.in().substring(0, dot);
    String otherColumn = rule.in().substring(dot + 1);
    java.util.Optional<TableModel> other = build.catalog().byName(otherTable);
    if (dot < 0 || other.isEmpty()) {
      error(diagnostics, rule, "in", where + ": in = \"" + rule.in() + "\" names no table of this build; write the"
          + " other table's name and column, as in \"raw.customers.id\"" + (build.catalog().tables().isEmpty() ? "."
              : " (tables: " + String.join(", ", build.catalog().tables().stream().map(TableModel::name).toList())
                  + ")."));
      return false;
    }
    java.util.Optional<Component> column = other.get().record().component(otherColumn);
    if (column.isEmpty()) {
      error(diagnostics, rule, "in", where + ": table " + otherTable + " has no column " + otherColumn + " (columns: "
          + String.join(", ", other.get().record().componentNames()) + ").");
      return false;
    }
    if (!comparable(type.kind(), column.get().type().kind())) {
      error(diagnostics, rule, "in", where + ": " + simple(type) + " values cannot be looked up in " + rule.in()
          + ", a " + simple(column.get().type()) + " column.");
      return false;
    }
    return true;
  }

  private static final Set<Kind> INTEGRAL = EnumSet.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG);
  private static final Set<Kind> TEXT = EnumSet.of(Kind.STRING, Kind.ENUM);

  /** Whether Spark compares the two kinds of values as Java would. */
  private static boolean comparable(Kind a, Kind b) {
    return a == b || INTEGRAL.contains(a) && INTEGRAL.contains(b) || TEXT.contains(a) && TEXT.contains(b);
  }

  private boolean checkRange(ColumnType type, Expectation rule, String where, Diagnostics diagnostics) {
    String member = rule.min().isEmpty() ? "max" : "min";
    if (!RANGED.contains(type.kind())) {
      error(diagnostics, rule, member, where + ": min/max apply to numbers, decimals, dates and times, not "
          + simple(type) + (type.kind() == Kind.STRING || type.kind() == Kind.ENUM
              ? "; use oneOf or pattern for strings." : "."));
      return false;
    }
    Comparable<Object> min = null;
    Comparable<Object> max = null;
    for (String m : List.of("min", "max")) {
      String text = m.equals("min") ? rule.min() : rule.max();
      if (text.isEmpty()) {
        continue;
      }
      Comparable<Object> bound = parse(type.kind(), text.trim());
      if (bound == null) {
        error(diagnostics, rule, m, where + ": " + m + " = \"" + text + "\" is not a value of " + simple(type)
            + " (" + example(type.kind()) + ").");
        return false;
      }
      if (m.equals("min")) {
        min = bound;
      } else {
        max = bound;
      }
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      error(diagnostics, rule, "max", where + ": min " + rule.min() + " is above max " + rule.max()
          + ", so every non-null row would break the rule.");
      return false;
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  static Comparable<Object> parse(Kind kind, String text) {
    try {
      Comparable<?> value = switch (kind) {
        case BYTE -> Byte.parseByte(text);
        case SHORT -> Short.parseShort(text);
        case INT -> Integer.parseInt(text);
        case LONG -> Long.parseLong(text);
        case FLOAT, DOUBLE -> {
          double d = Double.parseDouble(text);
          yield Double.isNaN(d) ? null : d;
        }
        case DECIMAL -> new BigDecimal(text);
        case DATE -> LocalDate.parse(text);
        case TIMESTAMP -> Instant.parse(text);
        case TIMESTAMP_NTZ -> LocalDateTime.parse(text);
        default -> null;
      };
      return (Comparable<Object>) value;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String example(Kind kind) {
    return switch (kind) {
      case DATE -> "as in \"2024-01-31\"";
      case TIMESTAMP -> "as in \"2024-01-31T00:00:00Z\"";
      case TIMESTAMP_NTZ -> "as in \"2024-01-31T00:00:00\"";
      case FLOAT, DOUBLE, DECIMAL -> "as in \"9.99\"";
      default -> "an integer in the type's range, as in \"100\"";
    };
  }

  /** The Java type without package names: {@code String}, {@code LocalDate}. */
  private static String simple(ColumnType type) {
    return type.javaName().replaceAll("\\b[a-z][\\w]*\\.", "");
  }

  private static String member(String kind) {
    return switch (kind) {
      case "not_null" -> "notNull";
      case "range" -> "min";
      case "one_of" -> "oneOf";
      case "unique" -> "unique";
      case "in" -> "in";
      default -> "pattern";
    };
  }

  private static void error(Diagnostics diagnostics, Expectation rule, String member, String message) {
    AnnotationValue value = null;
    if (member != null) {
      value = rule.values().get(member);
      if (value == null && member.equals("min")) {
        value = rule.values().get("max");
      }
    }
    diagnostics.error(Tag.BAD_EXPECTATION, message, rule.element(), rule.annotation(), value);
  }
}
