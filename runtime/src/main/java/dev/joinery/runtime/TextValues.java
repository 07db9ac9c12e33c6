package dev.joinery.runtime;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The strict rules for values written as text: every CSV value, and JSON decimals, dates,
 * timestamps and {@code @ResolveChoice} columns. Spark's own conversions are lenient in ways that
 * change data ({@code 1,5} reads as 15, {@code 2024-01} as the first of January, {@code 1.239}
 * rounds to 1.24), so such values are read as text and converted here, by Catalyst expressions
 * that run in Spark's generated code: a value that breaks its column's rule converts to null,
 * which {@link #typed} callers report as a bad value rather than read as another one.
 *
 * <p>Declared leniency, through the table's options: {@code dateFormat} and
 * {@code timestampFormat} (Spark datetime patterns) replace the ISO forms, and
 * {@code decimalSeparator=,} reads {@code 1,5} as one and a half in decimal and floating-point
 * columns.
 */
public final class TextValues {
  public static final String DATE_FORMAT = "dateFormat";
  public static final String TIMESTAMP_FORMAT = "timestampFormat";
  static final String DECIMAL_SEPARATOR = "decimalSeparator";
  /** Marks a column declared {@code @ResolveChoice}: read as text even where the format has types (JSON). */
  private static final String CHOICE_METADATA = "joinery.resolveChoice";

  private static final String INTEGER = "^[+-]?[0-9]+$";
  private static final String FLOATING = "^([+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?|NaN|[+-]?Infinity)$";
  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String TIME = "[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?";
  private static final String INSTANT = "^[0-9]{4}-[0-9]{2}-[0-9]{2}" + TIME + "(Z|[+-][0-9]{2}:[0-9]{2})$";
  private static final String LOCAL_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}" + TIME + "$";

  private TextValues() {}

  /** The table's schema with every column as text, as the CSV reader is asked to deliver it. */
  static StructType textSchema(TableSpec table) {
    StructType text = new StructType();
    for (StructField field : table.schema().fields()) {
      text = text.add(field.name(), DataTypes.StringType, true);
    }
    return text;
  }

  /** Whether the column's text needs converting (and so can be wrong); any text is a valid string. */
  static boolean converted(StructField field) {
    return !(field.dataType() instanceof StringType);
  }

  /** Metadata of a {@code @ResolveChoice} column, as generated code declares it. */
  public static Metadata resolveChoice() {
    return resolveChoice(Metadata.empty());
  }

  /** {@code base} (enum constants, rules) plus the {@code @ResolveChoice} mark. */
  public static Metadata resolveChoice(Metadata base) {
    return new MetadataBuilder().withMetadata(base).putBoolean(CHOICE_METADATA, true).build();
  }

  /**
   * Whether the column is read as text and converted by {@link #typed} even from a typed format:
   * a {@code @ResolveChoice} column that is not a string (any value is valid text).
   */
  static boolean resolvesChoice(StructField field) {
    return converted(field) && field.metadata().contains(CHOICE_METADATA);
  }

  /** {@code text} as the field's type, or null where the text breaks the type's rule (or is null). */
  public static Column typed(StructField field, Column text, Map<String, String> options) {
    DataType type = field.dataType();
    if (type instanceof IntegralType) {
      return when(text.rlike(INTEGER), text.try_cast(type)); // out of range: try_cast gives null
    }
    if (type instanceof DoubleType || type instanceof FloatType) {
      Column number = withPoint(text, options);
      return when(number.rlike(FLOATING), number.try_cast(type));
    }
    if (type instanceof DecimalType decimal) {
      Column number = withPoint(text, options);
      // At most the declared decimals: a value with more would be rounded, that is changed.
      String fraction = decimal.scale() == 0 ? "" : "(\\.[0-9]{0," + decimal.scale() + "})?";
      String rule = "^[+-]?([0-9]+" + fraction + (decimal.scale() == 0 ? "" : "|\\.[0-9]{1," + decimal.scale() + "}")
          + ")$";
      return when(number.rlike(rule), number.try_cast(type)); // too many digits: try_cast gives null
    }
    if (type instanceof BooleanType) {
      return when(lower(text).isin("true", "false"), lower(text).equalTo(lit("true")));
    }
    if (type instanceof DateType) {
      String format = options.get(DATE_FORMAT);
      return format != null ? try_to_date(text, format) : when(text.rlike(DATE), text.try_cast(type));
    }
    if (type instanceof TimestampType) {
      String format = options.get(TIMESTAMP_FORMAT);
      return format != null ? try_to_timestamp(text, lit(format)) : when(text.rlike(INSTANT), text.try_cast(type));
    }
    if (type instanceof TimestampNTZType) {
      String format = options.get(TIMESTAMP_FORMAT);
      return format != null ? try_to_timestamp(text, lit(format)).cast(type)
          : when(text.rlike(LOCAL_DATE_TIME), text.try_cast(type));
    }
    return text.try_cast(type);
  }

  /** {@code text} with a declared {@link #DECIMAL_SEPARATOR} replaced by a point. */
  private static Column withPoint(Column text, Map<String, String> options) {
    String separator = options.get(DECIMAL_SEPARATOR);
    return separator == null ? text : regexp_replace(text, java.util.regex.Pattern.quote(separator), ".");
  }

  /** What the type's rule accepts, for messages. */
  static String rule(DataType type, Map<String, String> options) {
    String separator = options.getOrDefault(DECIMAL_SEPARATOR, ".");
    if (type instanceof IntegralType) {
      return "digits with an optional sign, within the type's range";
    }
    if (type instanceof DoubleType || type instanceof FloatType) {
      return "a number such as -1" + separator + "5 or 2e10, NaN or Infinity";
    }
    if (type instanceof DecimalType decimal) {
      return "digits with an optional sign and '" + separator + "', at most " + decimal.scale() + " after it and "
          + decimal.precision() + " in all";
    }
    if (type instanceof BooleanType) {
      return "true or false";
    }
    if (type instanceof DateType) {
      return options.containsKey(DATE_FORMAT) ? "a date as " + options.get(DATE_FORMAT) : "a date as yyyy-MM-dd";
    }
    if (type instanceof TimestampType) {
      return options.containsKey(TIMESTAMP_FORMAT) ? "a timestamp as " + options.get(TIMESTAMP_FORMAT)
          : "an ISO-8601 timestamp with Z or an offset, such as 2026-11-01T10:00:00Z";
    }
    if (type instanceof TimestampNTZType) {
      return options.containsKey(TIMESTAMP_FORMAT) ? "a timestamp as " + options.get(TIMESTAMP_FORMAT)
          : "an ISO-8601 date and time without offset, such as 2026-11-01T10:00:00";
    }
    return "a value Spark can cast to " + type.simpleString();
  }
}
