package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.ColumnType;
import dev.joinery.processor.model.ColumnType.Kind;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import dev.joinery.processor.reading.ExpectationReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks {@code @Expect} rules on table records: one rule each, fitting the component's type, bounds
 * that parse as that type, patterns that compile, names unique within the table.
 */
public final class ExpectationPass implements ValidationPass {
  private static final Set<Kind> RANGED = EnumSet.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG, Kind.FLOAT,
      Kind.DOUBLE, Kind.DECIMAL, Kind.DATE, Kind.TIMESTAMP, Kind.TIMESTAMP_NTZ);

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (TableModel table : build.catalog().tables()) {
      Map<String, Expectation> names = new HashMap<>();
      for (Component component : table.record().components()) {
        for (Expectation rule : ExpectationReader.of(component)) {
          if (check(table, component.type(), rule, diagnostics)) {
            Expectation first = names.putIfAbsent(rule.name(), rule);
            if (first != null) {
              error(diagnostics, rule, rule.values().containsKey("name") ? "name" : null, "Table " + table.name()
                  + " has two rules named '" + rule.name() + "' (on " + first.column() + " and " + rule.column()
                  + "); give one of them another name = \"...\".");
            }
          }
        }
      }
    }
    checkStepRecords(build, diagnostics);
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
        for (RecordComponentElement component : record.getRecordComponents()) {
          for (String annotation : List.of(ExpectationReader.EXPECT, ExpectationReader.EXPECTS)) {
            AnnotationValues.find(component, annotation).ifPresent(mirror -> diagnostics.error(Tag.BAD_EXPECTATION,
                "@Expect on " + record.getSimpleName() + "." + component.getSimpleName() + ": "
                    + record.getSimpleName() + " is not a @Table record, and rules run only when a job reads a"
                    + " table; move the rule to the source table's record.", component, mirror));
          }
        }
      }
    }
  }

  /** Whether the rule is well formed; reports the first thing wrong with it. */
  private boolean check(TableModel table, ColumnType type, Expectation rule, Diagnostics diagnostics) {
    String where = "@Expect on " + table.name() + "." + rule.column();
    if (rule.kinds().isEmpty()) {
      error(diagnostics, rule, null, where + " states no rule; give one of notNull = true, min/max, oneOf or pattern.");
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
      default:
        return false;
    }
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
