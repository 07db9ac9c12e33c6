package dev.joinery.samples.semantics;

import dev.joinery.annotations.Decimal;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Output records of the semantics steps, one per family of operations. */
final class Results {
  private Results() {}

  record Ints(int sum, int product, int quotient, int remainder, int negated, int absolute, int narrowed,
      int boxedSum, int max, long widened) {}

  record Longs(long sum, long product, long quotient, long remainder, long negated, long absolute, long mixed,
      Long passed) {}

  record Doubles(double scaled, double sum, boolean greater, boolean selfEqual, boolean notEqual, double quarter,
      double mixed, double clamped, boolean lessOrEqual) {}

  record Strings(String upper, String joined, boolean prefixed, boolean hasA, boolean empty, boolean isX,
      boolean same, String withNumber, String orNone, String lower) {}

  record Decimals(@Decimal(precision = 30, scale = 4) BigDecimal plusOne,
      @Decimal(precision = 38, scale = 4) BigDecimal times, boolean positive,
      @Decimal(precision = 30, scale = 4) BigDecimal negated) {}

  /** Each at a scale that holds Java's quotient exactly, except {@code rescaled}, which the column rounds. */
  record Quotients(@Decimal(precision = 38, scale = 2) BigDecimal halfUp, @Decimal(precision = 38, scale = 2) BigDecimal halfEven,
      @Decimal(precision = 38, scale = 0) BigDecimal halfDown, @Decimal(precision = 38, scale = 3) BigDecimal up,
      @Decimal(precision = 38, scale = 3) BigDecimal down, @Decimal(precision = 38, scale = 1) BigDecimal ceiling,
      @Decimal(precision = 38, scale = 1) BigDecimal floor, @Decimal(precision = 38, scale = 4) BigDecimal dividendScale,
      @Decimal(precision = 38, scale = 12) BigDecimal fine, @Decimal(precision = 38, scale = 1) BigDecimal rescaled) {}

  record Ratios(double quotient, double remainder, double byIntThirds, double remainderByZero, float floatQuotient,
      double decimalAsDouble, boolean aboveMin) {}

  record Texts(int length, String trimmed, String stripped, boolean blank, boolean aThenB, boolean likeEscapes,
      boolean regex, boolean startsWithEmoji, boolean known, boolean small) {}

  record Cuts(String tail, String secondHalf, String head, String fromI) {}

  record Months(LocalDate plusMonths, LocalDate minusMonths, LocalDate plusYears, LocalDate minusYears,
      LocalDate plusWeeks, LocalDate minusDays, int dayOfYear, LocalDate fromStart, boolean beforeEnd) {}

  record Dates(LocalDate later, int year, int month, int dayOfMonth, boolean before) {}

  record Branches(String label, long bucket, Sample.Level level, boolean high) {}
}
