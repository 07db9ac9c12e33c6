package dev.joinery.processor.validation;

import dev.joinery.processor.model.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Whether a {@code @FillMissing} literal is a value of its column's type, parsed as the generated
 * code's cast will read it, so a run never meets a default that does not fit.
 */
final class FillLiterals {
  private FillLiterals() {}

  /** Why {@code text} is no value of {@code type}; empty when it is one. */
  static Optional<String> problem(String text, boolean quoted, ColumnType type) {
    try {
      switch (type.kind()) {
        case STRING:
          return quoted ? Optional.empty() : Optional.of("text is written in single quotes, as in '" + text + "'");
        case ENUM:
          return !quoted ? Optional.of("text is written in single quotes, as in '" + text + "'")
              : type.enumConstants().contains(text) ? Optional.empty()
              : Optional.of("'" + text + "' is not one of " + String.join(", ", type.enumConstants()));
        case BOOLEAN:
          return text.equals("true") || text.equals("false") ? Optional.empty() : Optional.of("write true or false");
        case BYTE: Byte.parseByte(text); return Optional.empty();
        case SHORT: Short.parseShort(text); return Optional.empty();
        case INT: Integer.parseInt(text); return Optional.empty();
        case LONG: Long.parseLong(text); return Optional.empty();
        case FLOAT: case DOUBLE:
          return text.matches("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?") ? Optional.empty()
              : Optional.of("it does not parse as " + type.sqlName() + " (write digits, as in 2.5 or 1e3)");
        case DECIMAL:
          return decimalProblem(new BigDecimal(text), type);
        case DATE:
          LocalDate.parse(text);
          return Optional.empty();
        case TIMESTAMP: case TIMESTAMP_NTZ:
          LocalDateTime.parse(text.replace(' ', 'T'));
          return Optional.empty();
        default:
          return Optional.of(type.sqlName() + " columns take a statistic (mode), not a literal");
      }
    } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException
      return Optional.of("it does not parse as " + type.sqlName()
          + (type.kind() == ColumnType.Kind.DATE ? " (write yyyy-MM-dd)"
              : type.kind() == ColumnType.Kind.TIMESTAMP || type.kind() == ColumnType.Kind.TIMESTAMP_NTZ
                  ? " (write yyyy-MM-dd HH:mm:ss)" : ""));
    }
  }

  private static Optional<String> decimalProblem(BigDecimal value, ColumnType type) {
    if (value.scale() > type.scale()) {
      return Optional.of("it has more than " + type.scale() + " decimal places");
    }
    if (value.precision() - value.scale() > type.precision() - type.scale()) {
      return Optional.of("it has more than " + (type.precision() - type.scale()) + " digits before the point");
    }
    return Optional.empty();
  }
}
