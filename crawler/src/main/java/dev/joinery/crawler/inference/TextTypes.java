package dev.joinery.crawler.inference;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.joinery.runtime.TextValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;

/**
 * The type of columns held as text (every CSV and log column, JSON and XML strings): the first of
 * boolean, bigint, decimal, double, date, timestamp, timestamp_ntz that (nearly) every sampled value
 * converts to, under the very rules a Joinery read applies ({@link TextValues#typed}), so what the
 * crawler proposes is what a run accepts. A type wins with up to {@value #TOLERANCE_PERCENT}% of
 * the values not fitting: those are reported, and the table proposed skips such rows.
 *
 * <p>Integers are {@code bigint}, as Glue's crawlers make them: a sample's small numbers say nothing
 * of next month's. Decimals keep the sample's largest scale and at least {@value #MIN_PRECISION}
 * digits of precision, more if the sample has longer values.
 */
final class TextTypes {
  static final int TOLERANCE_PERCENT = 2;
  static final int MIN_PRECISION = 10;
  /** Measures per column in the first pass. */
  private static final int MEASURES = 7;
  /** Digits, a separator, digits, a separator, digits: what every date and timestamp format here starts with. */
  private static final String DATE_SHAPE = "[0-9]{1,4}[-/.][0-9A-Za-z]{1,3}[-/.][0-9]{1,4}";
  static final List<String> DATE_FORMATS = List.of("dd/MM/yyyy", "MM/dd/yyyy", "yyyy/MM/dd", "dd.MM.yyyy");
  static final List<String> TIMESTAMP_FORMATS = List.of("dd/MMM/yyyy:HH:mm:ss Z", "yyyy-MM-dd HH:mm:ss",
      "yyyy/MM/dd HH:mm:ss");

  private TextTypes() {}

  /** A candidate type, with the reader option it needs (a date format), if any. */
  private record Candidate(DataType type, String option, String format) {
    Map<String, String> options(Map<String, String> base) {
      Map<String, String> options = new LinkedHashMap<>(base);
      if (option != null) {
        options.put(option, format);
      }
      return options;
    }
  }

  /**
   * Chooses the types of the {@code text} columns of {@code rows}; the options chosen on the way
   * (a date format) go into {@code options}, and later columns must agree with them. Two Spark
   * jobs whatever the number of columns: one measures the values' digits, one counts each
   * candidate type's misfits for every column at once.
   */
  static List<InferredColumn> infer(Dataset<Row> rows, List<String> text, Map<String, String> options) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Column> measures = new ArrayList<>();
    for (String name : text) {
      Column value = col(quoted(name));
      measures.add(count(when(present(value), 1)));
      measures.add(count(when(value.isNull().or(trim(value).equalTo("")), 1)));
      measures.add(max(length(regexp_extract(value, "^\\s*[+-]?([0-9]*)\\.", 1))));
      measures.add(max(length(regexp_extract(value, "^\\s*[+-]?[0-9]*\\.([0-9]+)\\s*$", 1))));
      measures.add(max(length(regexp_extract(value, "^\\s*[+-]?([0-9]+)\\s*$", 1))));
      measures.add(count(when(present(value).and(value.rlike("[0-9]")), 1)));
      measures.add(count(when(present(value).and(value.rlike(DATE_SHAPE)), 1)));
    }
    Row measured = aggregate(rows, measures);
    List<List<Candidate>> candidates = new ArrayList<>();
    List<Column> misfits = new ArrayList<>();
    for (int c = 0; c < text.size(); c++) {
      int scale = measured.isNullAt(MEASURES * c + 3) ? 0 : measured.getInt(MEASURES * c + 3);
      int integerDigits = Math.max(measured.isNullAt(MEASURES * c + 2) ? 0 : measured.getInt(MEASURES * c + 2),
          measured.isNullAt(MEASURES * c + 4) ? 0 : measured.getInt(MEASURES * c + 4));
      int precision = Math.min(38, Math.max(MIN_PRECISION, integerDigits + scale));
      // Cheap shapes first, so the costly conversions run only where they can win: a column of
      // words is tried as boolean only, one without date-like values skips the dates.
      long present = measured.getLong(MEASURES * c);
      boolean numeric = fits(measured.getLong(MEASURES * c + 5), present);
      boolean dated = fits(measured.getLong(MEASURES * c + 6), present);
      List<Candidate> columnCandidates = candidates(precision, scale, numeric, dated);
      candidates.add(columnCandidates);
      Column value = col(quoted(text.get(c)));
      for (Candidate candidate : columnCandidates) {
        Column typed = TextValues.typed(new StructField(text.get(c), candidate.type(), true, Metadata.empty()),
            trim(value), candidate.options(Map.of()));
        Column misfit = present(value).and(typed.isNull());
        misfits.add(count(when(misfit, 1)));
        misfits.add(first(when(misfit, value), true));
      }
    }
    Row counts = aggregate(rows, misfits);
    List<InferredColumn> columns = new ArrayList<>();
    java.util.Set<String> iso = new java.util.HashSet<>();
    int at = 0;
    for (int c = 0; c < text.size(); c++) {
      long present = measured.getLong(MEASURES * c);
      boolean nullable = measured.getLong(MEASURES * c + 1) > 0;
      InferredColumn chosen = null;
      for (Candidate candidate : candidates.get(c)) {
        long wrong = counts.getLong(at);
        String example = counts.isNullAt(at + 1) ? null : counts.getString(at + 1);
        at += 2;
        // One format per table: ISO values once a column chose a format, or a format once one read ISO, would not read.
        String option = optionOf(candidate.type());
        boolean formatAgrees = candidate.option() == null ? !options.containsKey(option)
            : !iso.contains(option) && candidate.format().equals(options.getOrDefault(option, candidate.format()));
        if (chosen == null && present > 0 && formatAgrees && wrong * 100 <= present * TOLERANCE_PERCENT
            && wrong < present) {
          if (candidate.option() != null) {
            options.put(candidate.option(), candidate.format());
          } else if (option != null) {
            iso.add(option);
          }
          boolean fitsInt = candidate.type() instanceof IntegerType;
          chosen = new InferredColumn(text.get(c), fitsInt ? DataTypes.LongType : candidate.type(), nullable, wrong,
              example, false, fitsInt);
        }
      }
      columns.add(chosen != null ? chosen
          : new InferredColumn(text.get(c), DataTypes.StringType, nullable || present == 0, 0, null, false));
    }
    return columns;
  }

  /** Whether {@code matching} of {@code present} values is within the tolerance of all of them. */
  private static boolean fits(long matching, long present) {
    return present > 0 && (present - matching) * 100 <= present * TOLERANCE_PERCENT;
  }

  private static Column present(Column value) {
    return value.isNotNull().and(trim(value).notEqual(""));
  }

  private static Row aggregate(Dataset<Row> rows, List<Column> columns) {
    return rows.agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new)).first();
  }

  /** The format option a date or timestamp type reads with; null for other types. */
  private static String optionOf(DataType type) {
    if (type instanceof org.apache.spark.sql.types.DateType) {
      return TextValues.DATE_FORMAT;
    }
    if (type instanceof org.apache.spark.sql.types.TimestampType
        || type instanceof org.apache.spark.sql.types.TimestampNTZType) {
      return TextValues.TIMESTAMP_FORMAT;
    }
    return null;
  }

  /**
   * The types a column's text may have, most specific first; dates and timestamps in ISO form and
   * in each common format (the table then reads all its dates with the format one column chose).
   */
  private static List<Candidate> candidates(int precision, int scale, boolean numeric, boolean dated) {
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(new Candidate(DataTypes.BooleanType, null, null));
    if (!numeric) {
      return candidates;
    }
    candidates.add(new Candidate(DataTypes.IntegerType, null, null)); // declared bigint, remembered as fitting int
    candidates.add(new Candidate(DataTypes.LongType, null, null));
    if (scale > 0) {
      candidates.add(new Candidate(DataTypes.createDecimalType(precision, scale), null, null));
    }
    candidates.add(new Candidate(DataTypes.DoubleType, null, null));
    if (!dated) {
      return candidates;
    }
    candidates.add(new Candidate(DataTypes.DateType, null, null));
    DATE_FORMATS.forEach(f -> candidates.add(new Candidate(DataTypes.DateType, TextValues.DATE_FORMAT, f)));
    candidates.add(new Candidate(DataTypes.TimestampType, null, null));
    TIMESTAMP_FORMATS.forEach(f -> candidates.add(new Candidate(DataTypes.TimestampType, TextValues.TIMESTAMP_FORMAT, f)));
    candidates.add(new Candidate(DataTypes.TimestampNTZType, null, null));
    return candidates;
  }

  /** A column name as {@code col} takes it, dots and all. */
  static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
