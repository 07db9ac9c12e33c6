package dev.joinery.runtime.jdbc;

import java.sql.Types;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A database column as JDBC metadata describes it, and the record component Joinery would declare for
 * it: what a crawler needs to write a {@code @Table} record for a database table.
 *
 * @param jdbcType the {@link java.sql.Types} constant
 * @param databaseType the database's own name for the type ({@code int4}, {@code numeric}, {@code timestamptz})
 * @param precision digits of a number, length of a text; 0 where the database gives none
 * @param scale digits after the point of a decimal
 */
public record JdbcColumn(String name, int jdbcType, String databaseType, int precision, int scale, boolean nullable) {
  /** Spark's largest decimal precision; wider or unconstrained numerics are read as Spark does, {@code decimal(38,18)}. */
  private static final int MAX_PRECISION = 38;

  /**
   * The type of the record component for this column, as Java source ({@code long}, {@code Long},
   * {@code java.math.BigDecimal}, {@code java.time.Instant}); primitive where the column is
   * {@code NOT NULL}. Null when Joinery has no component type for it (see {@link #unsupportedReason()}).
   * A decimal also needs {@code @Decimal(precision = ..., scale = ...)}: {@link #decimalPrecision()}.
   */
  public String componentType() {
    switch (jdbcType) {
      case Types.BIT, Types.BOOLEAN:
        return nullable ? "Boolean" : "boolean";
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER:
        // int rather than short: every database's small integers fit it, whichever way a driver reports them.
        return nullable ? "Integer" : "int";
      case Types.BIGINT:
        return nullable ? "Long" : "long";
      case Types.REAL:
        return nullable ? "Float" : "float";
      case Types.FLOAT, Types.DOUBLE:
        return nullable ? "Double" : "double";
      case Types.NUMERIC, Types.DECIMAL:
        return "java.math.BigDecimal";
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
          Types.CLOB, Types.NCLOB:
        return "String";
      case Types.DATE:
        return "java.time.LocalDate";
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return "java.time.Instant";
      case Types.TIMESTAMP:
        // PostgreSQL reports timestamptz as TIMESTAMP; its type name tells the two apart.
        return withTimeZone() ? "java.time.Instant" : "java.time.LocalDateTime";
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
        return "byte[]";
      default:
        return null;
    }
  }

  /** The Spark type Joinery stores the column as: the schema of {@link #componentType()}. Null when unsupported. */
  public DataType sparkType() {
    String type = componentType();
    if (type == null) {
      return null;
    }
    switch (type) {
      case "boolean", "Boolean": return DataTypes.BooleanType;
      case "int", "Integer": return DataTypes.IntegerType;
      case "long", "Long": return DataTypes.LongType;
      case "float", "Float": return DataTypes.FloatType;
      case "double", "Double": return DataTypes.DoubleType;
      case "java.math.BigDecimal": return DataTypes.createDecimalType(decimalPrecision(), decimalScale());
      case "java.time.LocalDate": return DataTypes.DateType;
      case "java.time.Instant": return DataTypes.TimestampType;
      case "java.time.LocalDateTime": return DataTypes.TimestampNTZType;
      case "byte[]": return DataTypes.BinaryType;
      default: return DataTypes.StringType;
    }
  }

  /** A decimal column's precision for {@code @Decimal}: the column's, or 38 when it has none or more. */
  public int decimalPrecision() {
    return precision <= 0 || precision > MAX_PRECISION ? MAX_PRECISION : precision;
  }

  /** A decimal column's scale for {@code @Decimal}: the column's, or 18 for an unconstrained numeric. */
  public int decimalScale() {
    return precision <= 0 || precision > MAX_PRECISION ? 18 : scale;
  }

  /** Why the column has no component type, or null when it has one. */
  public String unsupportedReason() {
    return componentType() != null ? null : "column " + name + " is " + databaseType
        + " (JDBC type " + jdbcType + "), which no record component type maps to";
  }

  /** The type as the database spells it, with precision and scale where they matter: {@code numeric(10,2)}. */
  public String describeType() {
    boolean decimal = jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL;
    return decimal && precision > 0 && precision <= 1000 ? databaseType + "(" + precision + "," + scale + ")"
        : databaseType;
  }

  private boolean withTimeZone() {
    String type = databaseType.toLowerCase(Locale.ROOT);
    return type.equals("timestamptz") || type.contains("with time zone");
  }
}
