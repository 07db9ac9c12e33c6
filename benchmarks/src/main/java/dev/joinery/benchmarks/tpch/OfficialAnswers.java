package dev.joinery.benchmarks.tpch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The answers at scale factor 0.01 that trino-tpch ships beside the query texts, and a comparison
 * that reads each expected number at its printed precision.
 */
final class OfficialAnswers {
  private OfficialAnswers() {}

  /** Rows of {@code io/trino/tpch/queries/qN.result}, each split into its fields. */
  static List<String[]> of(int query) {
    String resource = "io/trino/tpch/queries/q" + query + ".result";
    try (InputStream in = io.trino.tpch.TpchTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " in the tpch jar");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("--")) {
          rows.add(line.endsWith("|") ? line.substring(0, line.length() - 1).split("\\|", -1) : line.split("\\|", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Differences between {@code actual} and the official answer, empty when they agree: the same
   * number of rows, each expected row matched by its own actual row. Rows are matched whatever
   * their order, since a table read back does not keep the order its rows were written in; a
   * query with a LIMIT is checked for which rows it kept.
   */
  static List<String> compare(int query, List<Row> actual) {
    List<String[]> expected = of(query);
    List<String> differences = new ArrayList<>();
    if (actual.size() != expected.size()) {
      differences.add("Q" + query + ": " + actual.size() + " rows, the answer has " + expected.size());
      return differences;
    }
    List<Row> unmatched = new ArrayList<>(actual);
    for (int r = 0; r < expected.size(); r++) {
      String[] want = expected.get(r);
      Row match = unmatched.stream().filter(got -> same(want, got)).findFirst().orElse(null);
      if (match == null) {
        differences.add("Q" + query + " row " + (r + 1) + " (" + String.join("|", want) + ") has no match");
      } else {
        unmatched.remove(match);
      }
    }
    unmatched.forEach(row -> differences.add("Q" + query + ": unexpected row " + row));
    return differences;
  }

  private static boolean same(String[] expected, Row actual) {
    if (actual.size() < expected.length) {
      return false;
    }
    for (int c = 0; c < expected.length; c++) {
      if (!same(expected[c].strip(), actual.get(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(String expected, Object actual) {
    if (actual instanceof Number number && !expected.equals("null")) {
      // At the fewer places of the two: Spark SQL divides decimals to 6 places where the answer
      // prints 13 (Q14), and a result is right to the places it has.
      BigDecimal want = new BigDecimal(expected);
      BigDecimal got = new BigDecimal(number.toString());
      int places = Math.min(want.scale(), Math.max(got.scale(), 0));
      return got.setScale(places, RoundingMode.HALF_UP).compareTo(want.setScale(places, RoundingMode.HALF_UP)) == 0;
    }
    // The answer files pad fields with spaces, so text is compared without its outer spaces on both sides.
    return expected.equals(String.valueOf(actual).strip());
  }
}
