package dev.joinery.benchmarks.ops;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Count;
import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Expect;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@link SensorDaysJob} over the same readings declared with rules (WARN unless said):
 * a condition over two columns.
 */
@Job(name = "bench_conditioned_readings")
final class ConditionedReadingsJob {
  @Table(name = "bench.conditioned_readings", location = "readings", format = Format.CSV, options = "multiLine=false")
  record Reading(
      long id,
      String device,
      @Decimal(precision = 12, scale = 3) BigDecimal value,
      LocalDate day,
      String note) {
    @Expect
    static boolean notedOrZero(Reading r) {
      return r.note() != null || r.value().compareTo(BigDecimal.ZERO) == 0;
    }
  }

  @Filter
  static boolean positive(Reading r) {
    return r.value().compareTo(BigDecimal.ZERO) > 0;
  }

  /** Positive readings per day. */
  @Table(name = "bench.conditioned_days", location = "out/conditioned_days", format = Format.PARQUET)
  record Days(LocalDate day, @Count long readings) {}

  @Aggregate(from = "positive", groupBy = "day")
  @Sink
  Days days;
}
