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
   * (a date format) go into {@code options}, and later columns must agree with them.
   */
  static List<InferredColumn> infer(Dataset<Row> rows, List<String> text, Map<String, String> options) {
    List<InferredColumn> columns = new ArrayList<>();
    for (String column : text) {
      columns.add(inferOne(rows, column, options));
    }
    return columns;
  }

  private static InferredColumn inferOne(Dataset<Row> rows, String name, Map<String, String> options) {
    Column value = col(quoted(name));
    Column present = value.isNotNull().and(trim(value).notEqual(""));
    Row digits = rows.agg(
        count(when(present, 1)).as("present"),
        count(when(value.isNull().or(trim(value).equalTo("")), 1)).as("empty"),
        max(length(regexp_extract(value, "^\\s*[+-]?([0-9]*)\\.", 1))).as("intDigits"),
        max(length(regexp_extract(value, "^\\s*[+-]?[0-9]*\\.([0-9]+)\\s*$", 1))).as("scale"),
        max(length(regexp_extract(value, "^\\s*[+-]?([0-9]+)\\s*$", 1))).as("plainDigits")).first();
    long presentCount = digits.getLong(0);
    boolean nullable = digits.getLong(1) > 0;
    if (presentCount == 0) {
      return new InferredColumn(name, DataTypes.StringType, true, 0, null, false);
    }
    int scale = digits.isNullAt(3) ? 0 : digits.getInt(3);
    int integerDigits = Math.max(digits.isNullAt(2) ? 0 : digits.getInt(2), digits.isNullAt(4) ? 0 : digits.getInt(4));
    int precision = Math.min(38, Math.max(MIN_PRECISION, integerDigits + scale));
    List<Candidate> candidates = candidates(precision, scale, options);
    List<Column> misfits = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Column typed = TextValues.typed(new StructField(name, candidate.type(), true,
          org.apache.spark.sql.types.Metadata.empty()), trim(value), candidate.options(options));
      Column misfit = present.and(typed.isNull());
      misfits.add(count(when(misfit, 1)));
      misfits.add(first(when(misfit, value), true));
    }
    Row counts = rows.agg(misfits.get(0), misfits.subList(1, misfits.size()).toArray(Column[]::new)).first();
    for (int i = 0; i < candidates.size(); i++) {
      long wrong = counts.getLong(2 * i);
      if (wrong * 100 <= presentCount * TOLERANCE_PERCENT && wrong < presentCount) {
        Candidate chosen = candidates.get(i);
        if (chosen.option() != null) {
          options.put(chosen.option(), chosen.format());
        }
        boolean fitsInt = chosen.type() instanceof IntegerType;
        return new InferredColumn(name, fitsInt ? DataTypes.LongType : chosen.type(), nullable, wrong,
            wrong == 0 ? null : counts.getString(2 * i + 1), false, fitsInt);
      }
    }
    return new InferredColumn(name, DataTypes.StringType, nullable, 0, null, false);
  }

  private static List<Candidate> candidates(int precision, int scale, Map<String, String> options) {
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(new Candidate(DataTypes.BooleanType, null, null));
    candidates.add(new Candidate(DataTypes.IntegerType, null, null)); // declared bigint, remembered as fitting int
    candidates.add(new Candidate(DataTypes.LongType, null, null));
    if (scale > 0) {
      candidates.add(new Candidate(DataTypes.createDecimalType(precision, scale), null, null));
    }
    candidates.add(new Candidate(DataTypes.DoubleType, null, null));
    dated(candidates, DataTypes.DateType, TextValues.DATE_FORMAT, DATE_FORMATS, options);
    dated(candidates, DataTypes.TimestampType, TextValues.TIMESTAMP_FORMAT, TIMESTAMP_FORMATS, options);
    if (!options.containsKey(TextValues.TIMESTAMP_FORMAT)) {
      candidates.add(new Candidate(DataTypes.TimestampNTZType, null, null));
    }
    return candidates;
  }

  /** ISO values first; then, unless the table already chose a format, each common format. */
  private static void dated(List<Candidate> candidates, DataType type, String option, List<String> formats,
      Map<String, String> options) {
    if (options.containsKey(option)) {
      candidates.add(new Candidate(type, null, null)); // the table's format applies
      return;
    }
    candidates.add(new Candidate(type, null, null));
    formats.forEach(format -> candidates.add(new Candidate(type, option, format)));
  }

  /** A column name as {@code col} takes it, dots and all. */
  static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
