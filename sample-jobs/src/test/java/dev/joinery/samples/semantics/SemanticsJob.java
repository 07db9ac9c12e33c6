package dev.joinery.samples.semantics;

import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Select;
import dev.joinery.samples.semantics.Results.Branches;
import dev.joinery.samples.semantics.Results.Dates;
import dev.joinery.samples.semantics.Results.Decimals;
import dev.joinery.samples.semantics.Results.Doubles;
import dev.joinery.samples.semantics.Results.Ints;
import dev.joinery.samples.semantics.Results.Longs;
import dev.joinery.samples.semantics.Results.Strings;
import dev.joinery.samples.semantics.Results.Cuts;
import dev.joinery.samples.semantics.Results.Months;
import dev.joinery.samples.semantics.Results.Quotients;
import dev.joinery.samples.semantics.Results.Ratios;
import dev.joinery.samples.semantics.Results.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Step bodies chosen to hit the places where Java and SQL disagree: overflow, division, NaN,
 * nulls, string equality, decimal scale. Each must translate, and the differential tests check
 * that the translation gives the Java method's answers.
 */
@Job(name = "test_semantics")
final class SemanticsJob {

  /** Constants that are not compile-time constants, folded into the translation. */
  static final LocalDate START = LocalDate.of(2020, 1, 31);
  static final LocalDate END = START.plusMonths(1);
  static final BigDecimal MIN = new BigDecimal("0.05");
  static final Set<String> WORDS = Set.of("a", "é", "a%", "\uD83D\uDE00");

  @Map
  static Ints ints(Sample x) {
    int q = x.i() / (x.i() % 5 - 2);
    return new Ints(x.i() + 2_000_000_000, x.i() * 31, q, x.i() % 7, -x.i(), Math.abs(x.i()), (int) x.l(),
        x.i() + x.boxedI(), Math.max(x.i(), 17), x.i() * 2L);
  }

  @Map
  static Longs longs(Sample x) {
    long divisor = x.l() % 3 - 1;
    return new Longs(x.l() + Long.MAX_VALUE / 2, x.l() * x.l(), x.l() / divisor, x.l() % (x.i() % 9 + 10), -x.l(),
        Math.abs(x.l()), x.l() + x.i(), x.boxedL());
  }

  @Map
  static Doubles doubles(Sample x) {
    return new Doubles(x.d() * 2.5, x.d() + x.boxedD(), x.d() > x.boxedD(), x.d() == x.d(), x.d() != x.boxedD(),
        x.d() / 4.0, x.i() + x.d(), x.d() < 1.0 ? 0.0 : x.d(), x.d() <= x.l());
  }

  @Map
  static Strings strings(Sample x) {
    return new Strings(x.s().toUpperCase(), x.s() + "-" + x.t(), x.s().startsWith(x.t()), x.s().contains("a"),
        x.s().isEmpty(), "x".equals(x.t()), Objects.equals(x.s(), x.t()), x.t() + x.i(),
        x.t() == null ? "none" : x.t(), x.s().toLowerCase());
  }

  @Map
  static Decimals decimals(Sample x) {
    return new Decimals(x.m().add(BigDecimal.ONE), x.m().multiply(BigDecimal.valueOf(x.i())),
        x.m().compareTo(BigDecimal.ZERO) > 0, x.m().negate());
  }

  @Map
  static Quotients quotients(Sample x) {
    BigDecimal divisor = BigDecimal.valueOf(x.i() % 7 - 3).multiply(new BigDecimal("1.5"));
    return new Quotients(x.m().divide(divisor, 2, RoundingMode.HALF_UP), x.m().divide(divisor, 2, RoundingMode.HALF_EVEN),
        x.m().divide(divisor, 0, RoundingMode.HALF_DOWN), x.m().divide(divisor, 3, RoundingMode.UP),
        x.m().divide(divisor, 3, RoundingMode.DOWN), x.m().divide(divisor, 1, RoundingMode.CEILING),
        x.m().divide(divisor, 1, RoundingMode.FLOOR), x.m().divide(divisor, RoundingMode.HALF_EVEN),
        x.m().divide(new BigDecimal("-3"), 12, RoundingMode.HALF_UP), x.m().divide(divisor, 3, RoundingMode.HALF_UP));
  }

  @Map
  static Ratios ratios(Sample x) {
    return new Ratios(x.d() / x.boxedD(), x.d() % x.boxedD(), x.d() / (x.i() % 3), (x.i() % 5) % (x.d() * 0.0),
        (float) x.d() / (float) (x.i() % 4), x.m().doubleValue(), x.m().compareTo(MIN) > 0);
  }

  @Map
  static Texts texts(Sample x) {
    return new Texts(x.s().length(), x.s().trim(), x.s().strip(), x.s().isBlank(), x.s().matches(".*a.*b.*"),
        x.s().matches("a%_.*"), x.s().matches("[ab]+\\s?"), x.s().matches("\uD83D\uDE00.*"), WORDS.contains(x.t()),
        List.of(1, 2, 3).contains(x.i() % 4));
  }

  @Map
  static Cuts cuts(Sample x) {
    int length = x.s().length();
    return new Cuts(x.s().substring(Math.min(length, 1)), x.s().substring(length / 2, length),
        x.s().substring(0, Math.min(length, 3)), x.t() == null ? "" : x.t().substring(x.i() % 3));
  }

  @Map
  static Months months(Sample x) {
    return new Months(x.day().plusMonths(x.i() % 1200), x.day().minusMonths(x.i() % 1200),
        x.day().plusYears(x.i() % 100), x.day().minusYears(x.i() % 100), x.day().plusWeeks(x.i() % 1000),
        x.day().minusDays(x.l() % 1000), x.day().getDayOfYear(), START.plusMonths(x.i() % 30), x.day().isBefore(END));
  }

  @Map
  static Dates dates(Sample x) {
    return new Dates(x.day().plusDays(x.i() % 1000), x.day().getYear(), x.day().getMonthValue(),
        x.day().getDayOfMonth(), x.day().isBefore(x.day().plusDays(x.l() % 3)));
  }

  @Map
  static Branches branches(Sample x) {
    String label;
    if (x.level() == null) {
      label = "unknown";
    } else if (x.level() == Sample.Level.HIGH && x.flag()) {
      label = "urgent";
    } else {
      label = x.level().name();
    }
    long bucket = x.boxedL() != null && x.boxedL() > 0 ? x.boxedL() % 10 : -1;
    return new Branches(label, bucket, x.level(), Sample.Level.HIGH.equals(x.level()));
  }

  @Filter
  static boolean shortCircuit(Sample x) {
    return x.s() != null && x.s().startsWith("a") || x.boxedI() != null && x.boxedI() > 10 && !x.flag();
  }

  @Filter
  static boolean guardedDivision(Sample x) {
    return x.i() != 0 && 100 / x.i() > 3;
  }

  /** The job needs a sink; the semantics steps are checked one by one by the differential tests. */
  @Select(from = "test.samples")
  @Sink
  Copy copy;
}
