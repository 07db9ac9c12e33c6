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
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Step bodies chosen to hit the places where Java and SQL disagree: overflow, division, NaN,
 * nulls, string equality, decimal scale. Each must translate, and the differential tests check
 * that the translation gives the Java method's answers.
 */
@Job(name = "test_semantics")
final class SemanticsJob {

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
