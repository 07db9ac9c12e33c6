package dev.joinery.processor.expression;

import dev.joinery.processor.model.ColumnType.Kind;

/**
 * The Java type of an expression, as far as translation cares: which kind of value, and whether
 * it can be null (a reference) or not (a primitive, or a value already checked).
 *
 * @param enumType the enum's qualified name for {@link Kind#ENUM}, else null
 */
public record JType(Kind kind, boolean nullable, String enumType) {

  public static JType of(Kind kind, boolean nullable) {
    return new JType(kind, nullable, null);
  }

  public JType notNull() {
    return new JType(kind, false, enumType);
  }

  public boolean isIntegral() {
    return kind == Kind.INT || kind == Kind.LONG || kind == Kind.SHORT || kind == Kind.BYTE;
  }

  public boolean isFloating() {
    return kind == Kind.DOUBLE || kind == Kind.FLOAT;
  }

  public boolean isNumeric() {
    return isIntegral() || isFloating() || kind == Kind.DECIMAL;
  }
}
