package dev.joinery.samples.semantics;

import dev.joinery.samples.semantics.Sample.Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based proof that translated steps give the Java method's answers: random rows, with
 * nulls, MIN/MAX values, NaN, infinities and -0.0, run through both paths of every step of
 * {@link SemanticsJob}.
 */
class TranslationDifferentialTest {
  private static final int TRIES = 25;

  @Property(tries = TRIES)
  void ints(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::ints, Results_IntsRows::toRow,
        JoinerySemanticsJob.intsColumns(), Results_IntsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void longs(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::longs, Results_LongsRows::toRow,
        JoinerySemanticsJob.longsColumns(), Results_LongsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void doubles(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::doubles, Results_DoublesRows::toRow,
        JoinerySemanticsJob.doublesColumns(), Results_DoublesRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void strings(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::strings, Results_StringsRows::toRow,
        JoinerySemanticsJob.stringsColumns(), Results_StringsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void decimals(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::decimals, Results_DecimalsRows::toRow,
        JoinerySemanticsJob.decimalsColumns(), Results_DecimalsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void quotients(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::quotients, Results_QuotientsRows::toRow,
        JoinerySemanticsJob.quotientsColumns(), Results_QuotientsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void ratios(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::ratios, Results_RatiosRows::toRow,
        JoinerySemanticsJob.ratiosColumns(), Results_RatiosRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void texts(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::texts, Results_TextsRows::toRow,
        JoinerySemanticsJob.textsColumns(), Results_TextsRows.SCHEMA);
  }

  /** Fewer tries: each batch costs seconds (the UTF-16 byte arithmetic is a large plan), and 10 cover the cuts. */
  @Property(tries = 10)
  void cuts(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::cuts, Results_CutsRows::toRow,
        JoinerySemanticsJob.cutsColumns(), Results_CutsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void months(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::months, Results_MonthsRows::toRow,
        JoinerySemanticsJob.monthsColumns(), Results_MonthsRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void dates(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::dates, Results_DatesRows::toRow,
        JoinerySemanticsJob.datesColumns(), Results_DatesRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void branches(@ForAll("batches") List<Sample> batch) {
    Differential.map(batch, SemanticsJob::branches, Results_BranchesRows::toRow,
        JoinerySemanticsJob.branchesColumns(), Results_BranchesRows.SCHEMA);
  }

  @Property(tries = TRIES)
  void shortCircuit(@ForAll("batches") List<Sample> batch) {
    Differential.filter(batch, SemanticsJob::shortCircuit, JoinerySemanticsJob.shortCircuitCondition());
  }

  @Property(tries = TRIES)
  void guardedDivision(@ForAll("batches") List<Sample> batch) {
    Differential.filter(batch, SemanticsJob::guardedDivision, JoinerySemanticsJob.guardedDivisionCondition());
  }

  @Provide
  Arbitrary<List<Sample>> batches() {
    Arbitrary<Integer> ints = Arbitraries.integers();
    Arbitrary<Long> longs = Arbitraries.longs();
    Arbitrary<Double> doubles = Arbitraries.doubles().withStandardSpecialValues().withSpecialValue(-0.0);
    // Pieces rather than chars, so a character outside the BMP is a whole surrogate pair: Spark stores UTF-8.
    Arbitrary<String> strings = Arbitraries.of("a", "b", "A", "x", "é", " ", "ß", "-", "%", "_", "\n", "\t", "\u0001",
            "\u2003", "\u00a0", "\uD83D\uDE00")
        .list().ofMaxSize(4).map(pieces -> String.join("", pieces)).injectNull(0.15);
    // Besides random values, ones whose quotients by the divisors of SemanticsJob.quotients are ties.
    Arbitrary<BigDecimal> decimals = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.bigDecimals()
                .between(new BigDecimal("-99999999999999.9999"), new BigDecimal("99999999999999.9999")).ofScale(4)),
            Tuple.of(1, Arbitraries.of("0.0075", "-0.0075", "0.0225", "0.7500", "-2.2500", "3.7500", "0.0000",
                "99999999999999.9999").map(BigDecimal::new)))
        .injectNull(0.1);
    // Spark's dates run from year 1 to 9999.
    // Spark's dates run from year 1 to 9999; month ends and leap days are where month arithmetic clamps.
    Arbitrary<LocalDate> dates = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(-700_000, 2_900_000).map(d -> LocalDate.ofEpochDay(d))),
            Tuple.of(1, Arbitraries.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29), LocalDate.of(2019, 1, 31),
                LocalDate.of(2000, 3, 31), LocalDate.of(9999, 12, 31), LocalDate.of(1000, 1, 1))))
        .injectNull(0.1);
    Arbitrary<Level> levels = Arbitraries.of(Level.class).injectNull(0.2);
    Arbitrary<Numbers> numbers = Combinators.combine(ints, ints.injectNull(0.15), longs, longs.injectNull(0.15),
        doubles, doubles.injectNull(0.15)).as(Numbers::new);
    return Combinators.combine(numbers, strings, strings, decimals, dates, levels, Arbitraries.of(true, false))
        .as((n, s, t, m, day, level, flag) -> new Sample(n.i, n.boxedI, n.l, n.boxedL, n.d, n.boxedD, s, t, m, day,
            level, flag))
        .list().ofMinSize(1).ofMaxSize(30);
  }

  private record Numbers(int i, Integer boxedI, long l, Long boxedL, double d, Double boxedD) {}
}
