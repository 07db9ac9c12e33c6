package dev.joinery.samples.semantics;

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Every kind of value a step body can meet, nullable where the type allows. */
@Table(name = "test.samples", location = "in/samples", format = Format.PARQUET)
public record Sample(int i, Integer boxedI, long l, Long boxedL, double d, Double boxedD, String s, String t,
    @Decimal(precision = 18, scale = 4) BigDecimal m, LocalDate day, Level level, boolean flag) {

  public enum Level { LOW, HIGH }
}
