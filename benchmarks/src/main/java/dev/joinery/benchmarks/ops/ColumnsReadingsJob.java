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
 * four one-column rules: not null, a pattern, two ranges.
 */
@Job(name = "bench_column_ruled_readings")
final class ColumnsReadingsJob {
  @Table(name = "bench.column_ruled_readings", location = "readings", format = Format.CSV, options = "multiLine=false")
  record Reading(
      long id,
      @Expect(notNull = true) @Expect(pattern = "sensor-[0-9]+") String device,
      @Expect(min = "-1000", max = "100000") @Decimal(precision = 12, scale = 3) BigDecimal value,
      @Expect(min = "2026-01-01") LocalDate day,
      String note) {}

  @Filter
  static boolean positive(Reading r) {
    return r.value().compareTo(BigDecimal.ZERO) > 0;
  }

  /** Positive readings per day. */
  @Table(name = "bench.column_ruled_days", location = "out/column_ruled_days", format = Format.PARQUET)
  record Days(LocalDate day, @Count long readings) {}

  @Aggregate(from = "positive", groupBy = "day")
  @Sink
  Days days;
}
